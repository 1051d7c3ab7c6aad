package org.lede.events;

import org.lede.text.WordTable;

/** The closed word classes the event rules read phrases with; Lede has no part-of-speech tagger. */
final class Words {
    static final WordTable<Boolean> DETERMINERS = WordTable.setOf("a", "an", "the", "this", "that", "these",
            "those", "its", "their", "his", "her", "our", "some", "several", "another", "any", "every");
    /** Words that may stand between a subject and its verb ("police had reportedly raided"). */
    static final WordTable<Boolean> AUXILIARIES = WordTable.setOf("has", "have", "had", "was", "were", "is", "are",
            "be", "been", "being", "will", "would", "could", "may", "might", "should", "can", "did", "do", "does",
            "not", "n't", "never", "also", "reportedly", "allegedly", "later", "then", "already", "again",
            "recently", "first", "just", "to", "apparently", "repeatedly", "forcibly", "violently", "cannot",
            "must", "shall", "only", "still", "even");
    static final WordTable<Boolean> PASSIVE_AUXILIARIES = WordTable.setOf("was", "were", "been", "being", "is",
            "are", "be", "get", "got");
    /** What may open a date: "late on Monday", "early in the morning", "during the night". */
    static final WordTable<Boolean> TIME_PREPOSITIONS = WordTable.setOf("on", "in", "at", "during", "early", "late",
            "earlier", "later");
    static final WordTable<Boolean> PREPOSITIONS = WordTable.setOf("in", "at", "on", "near", "by", "with",
            "from", "to", "of", "for", "into", "onto", "outside", "inside", "across", "against", "after", "before",
            "during", "since", "under", "over", "through", "within", "without", "about", "among", "between",
            "toward", "towards", "around", "off", "upon", "amid", "despite", "following", "as", "like", "than");
    /**
     * Objects that belong to the verb's event rather than undergo it ("opened fire"), unlike the objects other
     * triggers need ("demolished buildings").
     */
    static final WordTable<Boolean> PART_OF_EVENT = WordTable.setOf("fire");
    /** Words for siding with someone, before "to" or "with": "sympathetic to ETA", "linked to the group". */
    static final WordTable<Boolean> AFFILIATIONS = WordTable.setOf("sympathetic", "loyal", "linked", "close",
            "affiliated", "connected", "tied", "allied", "related", "aligned");
    /** Participles that report what others say of someone: "known to be", "believed to be". */
    static final WordTable<Boolean> HEARSAY_PARTICIPLES = WordTable.setOf("known", "believed", "said", "thought",
            "suspected", "alleged", "reported", "understood");
    /** Event nouns that are adjectives before a name: "the ruling BJP" governs, it did not rule on anything. */
    static final WordTable<Boolean> ADJECTIVES_BEFORE_NAMES = WordTable.setOf("ruling");
    /** Verbs of handing something over to someone: "warnings were given to the police". */
    static final WordTable<Boolean> GIVING = WordTable.setOf("given", "sent", "delivered", "issued", "telephoned",
            "handed", "passed", "made");
    /** Nouns that count or gather what follows "of": "a total of 14 rifles", "a group of protesters". */
    /**
     * People named by the event they took part in, after its noun: "the bombing suspect", "attack victims". An
     * event word before one of these is part of the phrase that names them, not an event of the clause.
     */
    private static final String[] DOERS = {"suspect", "suspects", "plotter", "plotters", "ringleader", "mastermind",
        "convict", "convicts"};
    static final WordTable<Boolean> NAMED_BY_EVENT = WordTable.setOf(concat(DOERS,
            "victim", "victims", "survivor", "survivors"));
    /** The words of {@link #NAMED_BY_EVENT} for who did it, as against who underwent it. */
    static final WordTable<Boolean> SUSPECTS = WordTable.setOf(DOERS);
    /** Nouns for a trial, whose defendant may stand before them as a subject ({@link #FACING_TRIAL}). */
    static final WordTable<Boolean> TRIALS = WordTable.setOf("trial", "trials", "retrial");
    /** Verbs whose subject is the defendant of the trial after them ("will stand trial", "are to go on trial"). */
    static final WordTable<Boolean> FACING_TRIAL = WordTable.setOf("stand", "stands", "stood", "standing", "face",
            "faces", "faced", "facing", "go", "goes", "went", "going", "gone");
    static final WordTable<Boolean> QUANTITY_NOUNS = WordTable.setOf("total", "number", "group", "handful",
            "couple", "pair", "batch", "cache", "haul", "stockpile", "quantity", "amount", "crowd", "band");
    /** Words that end a phrase: conjunctions, relatives, and the verbs that report speech. */
    static final WordTable<Boolean> CLAUSE_WORDS = WordTable.setOf("and", "or", "but", "that", "which", "who",
            "whom", "whose", "when", "where", "while", "if", "because", "said", "says", "say", "told", "added",
            "nor", "so", "yet", "although", "though", "whether", "what", "how", "why", "it", "there", "he", "she",
            "they", "we", "i", "you", "until", "unless");
    /** Heads of the phrases that name who acts, beyond the entities the entity layer finds. */
    static final WordTable<Boolean> AGENTS = WordTable.setOf("police", "policemen", "policeman", "officers",
            "officer", "troops", "soldiers", "soldier", "forces", "army", "military", "militants", "gunmen",
            "gunman", "rebels", "insurgents", "fighters", "protesters", "protestors", "demonstrators",
            "authorities", "government", "court", "judge", "judges", "prosecutors", "guards", "militia",
            "militias", "militiamen", "attackers", "assailants", "attacker", "assailant", "regime", "navy",
            "warplanes", "jets", "agents", "marines", "commandos", "paramilitaries", "mob", "crowd", "jury",
            "tribunal", "coalition", "ministry", "officials", "authority", "students", "workers",
            "activists", "supporters", "residents", "villagers", "settlers", "extremists", "jihadists",
            "terrorists", "separatists", "squad", "unit", "units", "battalion", "brigade", "patrol", "raiders",
            "bombers", "bomber", "sniper", "snipers", "thieves", "robbers", "pirates", "kidnappers", "gang",
            "gangs", "group", "groups", "party", "parties", "allies", "nations", "countries", "states", "rioters",
            "looters", "youths", "hooligans", "vandals", "thugs", "hijackers", "shooter", "shooters",
            "assassin", "assassins", "killer", "killers", "militant", "rebel", "insurgent");
    static final WordTable<Boolean> INSTRUMENTS = WordTable.setOf("gas", "bullets", "bullet", "knife", "knives",
            "gun", "guns", "rifle", "rifles", "grenade", "grenades", "missile", "missiles", "rocket", "rockets",
            "drone", "drones", "bomb", "bombs", "explosives", "explosive", "batons", "truncheons", "cannon",
            "cannons", "stones", "rocks", "machete", "machetes", "shells", "artillery", "tanks", "mortars",
            "mortar", "device", "devices", "car", "truck", "vehicle", "bulldozers", "bulldozer", "weapons",
            "firearms", "pistol", "pistols", "axe", "sword", "clubs", "sticks", "fire", "warplanes", "aircraft",
            "helicopters", "helicopter", "airstrikes");
    /**
     * Words that pass their subject on to the verb after "to" without acting themselves: "the student appears
     * to have been shot", "he is believed to have been killed".
     */
    static final WordTable<Boolean> RAISING = WordTable.setOf("appears", "appeared", "appear", "seems", "seemed",
            "seem", "believed", "thought", "said", "reported", "understood", "known", "alleged", "likely");
    /**
     * Verbs of intention before "to" and the event's verb: the subject is theirs ("Moscow vowed to expel") and
     * the event is only planned.
     */
    static final WordTable<Boolean> INTENTIONS = WordTable.setOf("vowed", "vows", "threatened", "threatens",
            "plans", "planned", "plan", "decided", "decides", "agreed", "agrees", "wants", "wanted", "want",
            "sought", "seeks", "promised", "pledged", "intends", "intended", "ordered", "orders", "urged",
            "urges", "called", "calls", "asked", "asks", "demanded", "demands", "prepared", "preparing", "ready",
            "going", "set", "expected", "aims", "aimed", "hopes", "hoped", "proposed", "proposes", "tried", "tries",
            "attempted", "moved", "moves", "refused", "refuses", "voted", "votes", "due");
    /**
     * Quantifiers before a noun that make it a kind of event rather than one that took place ("every murder");
     * "each" is left out, as it mostly counts off occurrences told ("warnings before each explosion").
     */
    static final WordTable<Boolean> KIND_QUANTIFIERS = WordTable.setOf("every", "any", "no");
    /** Nouns of kinds, before "of" and an event noun: "all types of murder", "other forms of protest". */
    static final WordTable<Boolean> KIND_NOUNS = WordTable.setOf("type", "types", "kind", "kinds", "form", "forms",
            "sort", "sorts", "category", "categories");
    /**
     * Words that forbid or suppress a kind of act: "a ban on public gatherings and protests" tells of no
     * protest, "a police crackdown on street robbery" of no robbery.
     */
    static final WordTable<Boolean> PROHIBITIONS = WordTable.setOf("ban", "bans", "banned", "banning",
            "prohibition", "prohibitions", "prohibited", "prohibiting", "outlawed", "outlawing", "moratorium",
            "crackdown", "crackdowns");
    /** Quantifiers that float between an auxiliary and its verb ("were all indicted"), after their subject. */
    static final WordTable<Boolean> FLOATING_QUANTIFIERS = WordTable.setOf("all", "both", "each");
    /** Verbs whose subject, an event noun, harmed their object ("the explosion targeted a bakery"). */
    static final WordTable<Boolean> HARM_VERBS = WordTable.setOf("targeted", "targeting", "targets", "aimed",
            "hit", "hits", "struck", "strikes", "killed", "kills", "killing", "wounded", "injured", "injuring",
            "destroyed", "damaged", "rocked", "ripped", "tore", "devastated", "levelled", "leveled", "flattened",
            "shattered", "neutralized", "neutralised");
    /** A copula and verbs of naming, after which "an attack" names again what their subject or object told. */
    static final WordTable<Boolean> RENAMING_VERBS = WordTable.setOf("is", "was", "are", "were", "called", "calls",
            "calling", "described", "describes", "branded", "brands", "labelled", "labeled", "termed", "dubbed");
    /** Quotation marks, which may stand around a word of naming ("called it an “attack”"). */
    static final WordTable<Boolean> QUOTE_MARKS = WordTable.setOf("\"", "“", "”", "'", "‘", "’", "``", "''");
    /** Participles not in -ed of the trigger verbs and of the verbs they follow ("was shot", "was found guilty"). */
    static final WordTable<Boolean> IRREGULAR_PARTICIPLES = WordTable.setOf("fought", "found", "shot", "taken",
            "held", "blown");
    /**
     * Past tenses not in -ed of the trigger verbs, which a second verb after "and" may be in: "hijacked a tanker
     * … and took its crew hostage".
     */
    static final WordTable<Boolean> IRREGULAR_PAST = WordTable.setOf("took", "struck", "stole", "threw", "overthrew",
            "sent", "broke", "blew", "fled", "fought", "held", "shot", "sought", "drove");
    /** What the object is made by "took" or "held" ("took 16 crew members hostage"), no part of the object. */
    static final WordTable<Boolean> OBJECT_COMPLEMENTS = WordTable.setOf("hostage", "captive", "prisoner");
    /** Verbs before "guilty" whose subject is the one convicted ("he pleaded guilty"), not the one who convicts. */
    static final WordTable<Boolean> PLEAS = WordTable.setOf("pleaded", "pleads", "plead", "pleading");
    /** Trigger verbs in -ed that take no object, so a bare one is no passive ("the court ruled"). */
    static final WordTable<Boolean> INTRANSITIVE = WordTable.setOf("ruled", "clashed", "rioted", "protested",
            "allied", "opened");
    /** Trigger verbs whose subject is a thing that acts of itself ("the bomb exploded"): no actor, no target. */
    static final WordTable<Boolean> SELF_ACTING = WordTable.setOf("exploded", "explode", "explodes", "exploding");
    /**
     * Verbs whose object (or passive subject: "the bombs were detonated") is the device set off, so it is the
     * instrument of the attack and not its target ("detonated his belt").
     */
    static final WordTable<Boolean> DETONATIONS = WordTable.setOf("detonated", "detonating", "detonate",
            "detonates");
    /**
     * Fighting words whose other side comes after "with" or "against" ("clashed with police"), or both sides
     * after "between" ("a battle between troops and gunmen").
     */
    /** Verbs of taking people: what one side does to the other in "arrested four men in clashes". */
    static final WordTable<Boolean> ARRESTS = WordTable.setOf("arrested", "detained", "captured", "seized");
    static final WordTable<Boolean> RECIPROCAL = WordTable.setOf("clash", "clashes", "clashed", "clashing",
            "fought", "battled", "battling", "battle", "battles", "gunfight", "gunbattle", "firefight",
            "skirmish", "skirmishes", "fighting");
    /** People who demonstrate: a clash they take part in is a violent protest (CAMEO 145), not a battle. */
    static final WordTable<Boolean> DEMONSTRATORS = WordTable.setOf("protesters", "protestors", "demonstrators",
            "rioters", "protester", "protestor", "demonstrator", "marchers");
    /** Personal pronouns in the subject's form, which may stand for the one who underwent an event. */
    static final WordTable<Boolean> SUBJECT_PRONOUNS = WordTable.setOf("he", "she", "they", "we", "i");
    /** Pronouns that stand after "to" or a verb as who underwent something: "led to him being arrested". */
    static final WordTable<Boolean> OBJECT_PRONOUNS = WordTable.setOf("him", "her", "them", "us", "me", "it");
    /**
     * Event nouns whose possessor is who underwent them ("Stefan's murder", "the editor's arrest"), where
     * "the army's offensive" names who acted; with "of" after the noun the possessor acts again ("the army's
     * arrest of the journalist").
     */
    static final WordTable<Boolean> UNDERGONE_NOUNS = WordTable.setOf("murder", "murders", "killing",
            "killings", "assassination", "kidnapping", "abduction", "arrest", "arrests", "detention", "conviction",
            "sentencing", "imprisonment", "jailing", "beheading", "stabbing", "shooting");
    /** Particles of phrasal verbs ("blew up", "shot down"), which stand between a verb and its object. */
    static final WordTable<Boolean> PARTICLES = WordTable.setOf("up", "down", "off", "out");
    /** Prepositions of place and origin, whose object says where someone is or comes from. */
    static final WordTable<Boolean> LOCATING = WordTable.setOf("from", "in", "at", "near", "inside", "outside",
            "across", "around");
    /**
     * What a threat threatens to do, which as the object of "threaten" is its content, not whom it is aimed at:
     * "has threatened legal action against any buyer", "pupils who threaten violence".
     */
    static final WordTable<Boolean> THREATENED_ACTS = WordTable.setOf("action", "actions", "violence", "strike",
            "strikes", "sanctions", "boycott", "boycotts", "war", "retaliation", "reprisals", "lawsuit", "lawsuits",
            "legal", "force", "military", "resignation", "walkout", "veto", "penalties", "consequences");
    /** Participles whose complement names a crime, not the one it is held against ("suspected of terrorism"). */
    static final WordTable<Boolean> ACCUSATIONS = WordTable.setOf("suspected", "accused", "convicted", "charged");
    /** Relative pronouns whose antecedent is the subject of the verb after them ("a bomber who detonated"). */
    static final WordTable<Boolean> SUBJECT_RELATIVES = WordTable.setOf("who", "which");
    /** Words after a verb that are no object ("attacks abroad", "fought back", "shot dead"). */
    static final WordTable<Boolean> NOT_HEADS = WordTable.setOf("abroad", "home", "here", "there", "again", "back",
            "away", "together", "down", "up", "out", "off", "last", "next", "yesterday", "today", "tonight", "now",
            "overnight", "early", "late", "once", "twice", "nearby", "elsewhere", "inside", "outside", "forward",
            "dead", "somewhere", "anywhere", "everywhere", "nowhere");
    /** Causes of death and injury that are no act of force: their casualties belong to no event Lede codes. */
    static final WordTable<Boolean> OTHER_CAUSES = WordTable.setOf("accident", "accidents", "crash", "crashes",
            "collision", "earthquake", "quake", "flood", "floods", "flooding", "storm", "hurricane", "typhoon",
            "cyclone", "landslide", "landslides", "avalanche", "outbreak", "disease", "heatwave", "stampede",
            "collapse", "derailment", "derailed", "wildfire", "wildfires", "tornado", "tsunami", "eruption");
    /**
     * Words between an arrest and an act of force that make the act its occasion or another time ("arrested over
     * the bombing", "arrested in April after criticising the offensive"), not what the arrest was made in.
     */
    static final WordTable<Boolean> OCCASION_LINKS = WordTable.setOf("connection", "over", "for", "suspicion",
            "after", "following", "before", "since");
    /** Verbs that only say an event took place ("launched an attack", "carried out raids"). */
    static final WordTable<Boolean> LIGHT_VERBS = WordTable.setOf("launched", "launch", "launches", "launching",
            "out", "staged", "stage", "mounted", "conducted", "perpetrated", "committed", "unleashed", "began",
            "begun", "led", "orchestrated", "organised", "organized", "held", "holds", "executed", "fought",
            "fight", "fights", "waged", "wage", "wages", "waging");
    /** Verbs whose subject prepares the event noun after them ("the group had planned attacks"). */
    static final WordTable<Boolean> PLANNING_VERBS = WordTable.setOf("planned", "plan", "plans", "planning",
            "plotted", "plot", "plots", "plotting", "prepared", "preparing");
    /**
     * What one damages or destroys only in a figure of speech, even beside a war: "had damaged faith in the
     * political system", "destroying the budget in order to save it".
     */
    static final WordTable<Boolean> DAMAGED_FIGURATIVELY = WordTable.setOf("faith", "confidence", "trust",
            "reputation", "credibility", "morale", "relations", "relationship", "prospects", "chances", "hopes",
            "image", "brand", "career", "careers", "economy", "budget", "case", "standing", "sales", "profits",
            "growth", "competition", "industry", "market", "markets", "threat", "narrative", "myth", "argument",
            "arguments", "theory", "notion");
    /** Things one fights only in a figure of speech ("to combat the virus", "attack the problem"). */
    static final WordTable<Boolean> FIGURATIVE_TARGETS = WordTable.setOf("virus", "viruses", "disease", "diseases",
            "symptoms", "problem", "problems", "crisis", "inflation", "corruption", "poverty", "climate", "cancer",
            "pandemic", "hunger", "epidemic", "illness", "infection", "infections", "deficit", "unemployment",
            "misinformation", "disinformation", "crime", "obesity", "addiction", "malaria", "covid", "coronavirus");
    /**
     * What one attacks or battles only in a figure of speech: a fire ("firefighters battled the blaze"), an
     * addiction, a scourge ("fighting terrorism"), or a record, a policy or a claim, attacked with words ("attacked Bush's economic record", "an
     * attack on software patents"). Only for words of fighting: "the crackdown following the blaze" is one.
     */
    static final WordTable<Boolean> FOUGHT_FIGURATIVELY = WordTable.setOf("blaze", "blazes", "flames", "wildfire",
            "wildfires", "inferno", "alcoholism", "depression", "terrorism", "extremism", "racism", "record", "policy", "policies", "plans", "proposals", "proposal",
            "patents", "lies", "remarks", "comments", "handling", "failure", "stance", "manifesto", "leadership",
            "decision", "decisions", "reforms", "way", "idea", "ideas", "plan", "approach", "strategy", "bill",
            "budget", "speech", "claim", "claims", "views", "tactics", "attitude", "rights", "liberties",
            "freedom", "freedoms", "existence", "values", "constitution", "amendment", "Amendment", "democracy",
            "credibility", "integrity", "character", "legitimacy");
    /**
     * Words near "shot" or "shooting" that make it filming or shooting for sport, not shooting at people:
     * "shooting the film Retirement", "shooting on the sequel", "20-minute shooting sessions", "chasing foxes then
     * shooting them". Not "scene", "footage", "targets" or "range": "the scene of the shooting", "CCTV footage of
     * the shooting", "the targets in the shootings", "shot at close range".
     */
    static final WordTable<Boolean> FILMING_OR_SPORT = WordTable.setOf("film", "films", "movie", "movies",
            "sequel", "episode", "episodes", "documentary", "drama", "starring", "sport", "session", "sessions",
            "fox", "foxes", "deer", "birds", "pheasants", "grouse", "hunting", "hunters", "clay");
    /**
     * Words of television contests, near which an eviction is a contestant voted out ("the favourite to be
     * evicted from Celebrity Big Brother"): 16 of the 18 evictions on 1,714 BBC stories. Not "show" or "vote",
     * which news of real evictions uses too ("figures show", "ahead of the vote").
     */
    static final WordTable<Boolean> TELEVISION_CONTESTS = WordTable.setOf("housemate", "housemates", "contestant",
            "contestants", "celebrity", "Celebrity", "viewers", "bookmaker", "bookmakers", "odds", "favourite",
            "Brother", "series");
    /** Verbs of saying right after a noun, which make it the one who speaks: "the alliance said". */
    static final WordTable<Boolean> SPEECH_VERBS = WordTable.setOf("said", "says", "say", "added", "argued",
            "claimed", "claims", "warned", "warns", "insisted", "insists", "announced", "announces", "stated");
    /** Reflexive pronouns, which repeat the subject as an object ("blew himself up"). */
    static final WordTable<Boolean> REFLEXIVES = WordTable.setOf("himself", "herself", "themselves", "itself",
            "myself", "ourselves", "yourself", "yourselves");
    /** Object pronouns for people ("shot him"). */
    static final WordTable<Boolean> PERSONAL_OBJECTS = WordTable.setOf("him", "her", "them", "himself", "herself",
            "themselves", "me", "us");
    /** Words right before "shot" that make it a noun of another sense: "a mail shot", "a warning shot across the bows". */
    static final WordTable<Boolean> NOT_SHOOTING_BEFORE_SHOT = WordTable.setOf("mail", "opening", "parting",
            "warning", "booster", "flu", "long", "big", "best", "mug");
    /** What one seizes only in a figure of speech ("seize back the initiative", "seize the moment"). */
    /** What a court decides by, which makes "ruled by" a court's: "ruled by an eight to one majority". */
    static final WordTable<Boolean> VOTES = WordTable.setOf("majority", "vote", "votes", "margin", "verdict",
            "decision", "judgment", "judgement");
    /** "ruled for decades", "ruled for years": how long someone governed. */
    static final WordTable<Boolean> SPANS_OF_TIME = WordTable.setOf("decades", "years", "centuries", "generations",
            "months", "most", "much", "over", "nearly", "almost", "more");
    /** What one rules as a ruler, not as a judge: "ruled the country", "ruled the roost". */
    static final WordTable<Boolean> GOVERNED = WordTable.setOf("country", "countries", "nation", "world", "roost",
            "land", "lands", "empire", "kingdom", "island", "islands", "region", "province", "territory", "city",
            "state", "waves", "airwaves", "charts", "market", "markets", "sport", "game");
    static final WordTable<Boolean> SEIZED_FIGURATIVELY = WordTable.setOf("initiative", "opportunity",
            "opportunities", "chance", "moment", "advantage", "momentum", "headlines", "spot", "lead", "title",
            "crown");
    /**
     * What is threatened only in the sense of being at risk ("threatened the economy", "2,000 jobs are
     * threatened"): no one threatens it with anything.
     */
    static final WordTable<Boolean> AT_RISK = WordTable.setOf("economy", "growth", "recovery", "jobs", "job",
            "prosperity", "freedoms", "freedom", "integrity", "monopoly", "stocks", "supplies", "competition",
            "hopes", "future", "livelihoods", "rain", "services", "production", "stability", "profits",
            "dominance", "journalism", "independence", "species", "wildlife", "habitats", "existence");
    /** Verbs of change after "threatening to" that make it a risk, not a threat: "threatens to dampen demand". */
    static final WordTable<Boolean> HARMED_BY_CHANGE = WordTable.setOf("dampen", "overshadow", "undermine",
            "reignite", "eclipse", "engulf", "swamp", "spill", "erode", "unravel", "destabilise", "destabilize",
            "stall");
    /** Weapons proper, which stand for the instrument wherever they are near the trigger. */
    static final WordTable<Boolean> WEAPONS = WordTable.setOf("bullets", "knife", "knives", "gun", "guns", "rifle",
            "rifles", "grenade", "grenades", "missile", "missiles", "rocket", "rockets", "bomb", "bombs",
            "explosives", "machete", "machetes", "mortars", "ied", "ieds", "firearms", "pistol", "pistols",
            "weapons", "drones", "warplanes", "warships", "artillery", "tanks", "shells", "airstrikes");
    /** Event nouns for people gathering in protest, which a place noun before them locates ("street protests"). */
    static final WordTable<Boolean> GATHERINGS = WordTable.setOf("protest", "protests", "demonstration",
            "demonstrations", "riot", "riots", "rioting", "rally", "rallies");
    /** Nouns for places, which after "in", "at" or "near" say where an event took place. */
    static final WordTable<Boolean> PLACE_NOUNS = WordTable.setOf("town", "city", "village", "capital", "province",
            "district", "region", "port", "camp", "square", "street", "neighbourhood", "neighborhood", "area",
            "country", "compound", "prison", "embassy", "market", "mosque", "church", "school", "hospital",
            "airport", "base", "border", "station", "university", "courthouse", "court", "building", "home",
            "house", "restaurant", "hotel", "office", "headquarters", "suburb", "county", "state", "territory");
    /** Words for a part of or a direction from a place, after which "of" names the place ("north of Kabul"). */
    static final WordTable<Boolean> DIRECTIONS = WordTable.setOf("north", "south", "east", "west", "northeast",
            "northwest", "southeast", "southwest", "outskirts", "heart", "centre", "center", "edge", "suburbs",
            "parts", "part", "outside");
    /** Verbs that only start, go on with or stop the action after them ("began bombarding"). */
    static final WordTable<Boolean> PHASE_VERBS = WordTable.setOf("began", "begin", "begins", "started", "start",
            "starts", "continued", "continue", "continues", "resumed", "resume", "resumes", "kept", "keep", "keeps");
    /**
     * Words of violence, which a figurative trigger ("battle", "attacked") needs in its sentence or the two before
     * it. "opened" is not one: "opened fire" has "fire", and "opened the forum with an attack on Labour's record"
     * has none.
     */
    static final WordTable<Boolean> VIOLENCE = WordTable.setOf("terror", "terrorist", "terrorists", "terrorism",
            "suicide", "bomb", "bombs", "bomber", "bombers", "bombing", "gunman", "gunmen", "killed", "killing",
            "dead", "died", "wounded", "injured", "injuring", "police", "troops", "army", "military", "soldiers",
            "soldier", "forces", "militants", "militant", "rebels", "insurgents", "fighters", "weapons", "guns",
            "gun", "shot", "shots", "shooting", "explosion", "explosive", "explosives", "missile", "missiles",
            "rocket", "rockets", "airstrike", "airstrikes", "war", "casualties", "victims", "protesters", "fatal",
            "violence", "violent", "armed", "knife", "stabbed", "hostage", "hostages", "IED", "grenade", "tanks",
            "artillery", "shelling", "jihadist", "jihadists", "extremists", "militia", "militias", "officers",
            "clashes", "riot", "rioters", "assailant", "assailants", "attacker", "attackers", "massacre", "blast",
            "civilians", "raid", "raided", "gunfire", "deaths", "death", "toll", "fatalities", "wounding",
            "wounds", "hurt", "device", "devices", "bombed", "bombings", "shootings", "stabbing", "hostilities",
            "ceasefire", "fire", "firing", "fled", "displaced", "occupation", "invasion", "troop", "warplanes",
            "mugging", "mugged", "murder", "murdered", "assassination", "assassinated", "killer", "riots",
            "rioting", "pirates");
    /**
     * Words of {@link #VIOLENCE} that news also uses of politics, business and games ("the Iraq war", "a death
     * sentence", "police chief", "market forces", "came under fire"): for a word of {@link #CONTESTS} they vouch
     * in its own sentence only, not from the two before.
     */
    static final WordTable<Boolean> VIOLENCE_IN_SENTENCE_ONLY = WordTable.setOf("war", "death", "dead", "died",
            "police", "officers", "forces", "military", "weapons", "fire", "firing", "victims", "hurt");
    /**
     * Triggers that news uses of contests and reputations more often than of force ("the battle for supremacy",
     * "Blunkett's battle with Humberside chief", "enormously damaging"), which only a word of {@link #VIOLENCE}
     * in their own sentence, or a sure one before it, makes acts of force.
     */
    static final WordTable<Boolean> CONTESTS = WordTable.setOf("battle", "battles", "fight", "fights", "fighting",
            "fought", "battled", "battling", "damaged", "damaging");
    /** Words next to a trigger that say nobody meant it ("an accidental explosion"). */
    static final WordTable<Boolean> ACCIDENTAL = WordTable.setOf("accidental", "accidentally", "inadvertent",
            "inadvertently", "unintended", "unintentional", "unintentionally");
    /**
     * Words before a trigger that make it no act of force or threat: "a heart attack", "a trade war", "a travel
     * warning", "denial of service attacks", "phishing attacks", "another cold blast".
     */
    static final WordTable<Boolean> NOT_FORCE_BEFORE = WordTable.setOf("heart", "panic", "asthma", "anxiety",
            "charm", "trade", "price", "prices", "bidding", "culture", "turf", "tariff", "currency", "format",
            "ratings", "class", "travel", "location", "service", "phishing", "hacker", "hackers", "hacking", "cyber",
            "spam", "worm", "malware", "spyware", "cold", "arctic", "icy");
    /** Words before a word of fighting that make it a contest of another kind: "legal battles", "verbal attack". */
    static final WordTable<Boolean> NOT_FORCE_BEFORE_FIGHTS = WordTable.setOf("legal", "verbal", "court");
    /** Words of fighting that {@link #NOT_FORCE_BEFORE_FIGHTS} qualify. */
    static final WordTable<Boolean> FIGHTS = WordTable.setOf("battle", "battles", "fight", "fights", "fighting",
            "attack", "attacks", "assault", "assaults");
    /** Nouns that take up an event already told ("the operation was legal"). */
    static final WordTable<Boolean> ANAPHORS = WordTable.setOf("operation", "incident", "action");
    /**
     * Nouns for any act of force, which, definite, retell an act told with a narrower word: "the attack" after
     * "the bombing" or "stabbed".
     */
    static final WordTable<Boolean> GENERIC_FORCE = WordTable.setOf("attack", "attacks", "assault", "assaults");
    /** Determiners that point at what was just told ("this attack"). */
    static final WordTable<Boolean> DEMONSTRATIVES = WordTable.setOf("this", "that", "these", "those");
    static final WordTable<Boolean> ANAPHORIC_DETERMINERS = WordTable.setOf("the", "this", "that", "its", "his",
            "her", "our", "their", "'s", "’s", "yesterday's", "tuesday's");
    /**
     * Prepositions that make an event noun the complement of a word before it ("frustration in Downing Street
     * about the attack", "anger in Paris over the bombing"): a place before them locates that word, not the event.
     */
    static final WordTable<Boolean> NOT_LOCATING_PREPOSITIONS = WordTable.setOf("about", "over",
            "despite", "like", "than", "as");
    static final WordTable<Boolean> PLACE_PREPOSITIONS = WordTable.setOf("in", "at", "near", "outside", "inside",
            "into", "across", "around", "from", "of", "on");

    /** Nouns that an event noun before them only describes: "a protest movement", "torture centres". */
    static final WordTable<Boolean> NOT_EVENT_HEADS = WordTable.setOf("movement", "movements", "centre",
            "centres", "center", "centers", "chamber", "chambers", "cell", "cells", "leader", "leaders", "organiser",
            "organisers", "organizer", "organizers", "squad", "squads", "song", "songs", "film", "game", "video",
            "novel", "witness", "witnesses", "lawyer", "lawyers", "vote", "votes");
    /** Words that make a bare crime noun after them a charge: "charges of murder", "convicted of kidnapping". */
    static final WordTable<Boolean> LEGAL_WORDS = WordTable.setOf("charge", "charges", "charged", "accused",
            "accusing", "accusation", "accusations", "convicted", "conviction", "guilty", "crime", "crimes",
            "count", "counts", "suspicion", "suspected", "indicted", "acquitted", "tried", "trial", "sentenced",
            "allegations", "alleged", "offence", "offences", "offense", "offenses");
    /** Verbs after which an event noun did not take place: "resisting arrest", "to avoid arrest". */
    static final WordTable<Boolean> AVOIDING = WordTable.setOf("resisting", "resist", "resisted", "avoid",
            "avoiding", "avoided", "evade", "evading", "evaded", "escape", "escaping", "escaped");
    /** Legal nouns that make a crime noun right before them the name of a charge: "an assault conviction". */
    static final WordTable<Boolean> LEGAL_NOUNS = WordTable.setOf("charge", "charges", "conviction", "convictions",
            "count", "counts", "accusation", "accusations", "allegations", "offence", "offences", "offense",
            "offenses");
    /** The first token of a list item or a heading in markup: "* 2014 bombing", "# Reactions". */
    static final WordTable<Boolean> MARKUP_MARKS = WordTable.setOf("*", "•", "#", "=", "==", "-", "–");

    private Words() {
    }

    /** Punctuation that ends a phrase (a hyphen and an apostrophe do not). */
    static boolean isPunctuation(String form) {
        if (form.length() != 1) {
            return form.equals("--") || form.equals("...");
        }
        // a hyphen on its own is a dash (the tokenizer keeps inner hyphens inside their word: "al-Qaeda")
        char c = form.charAt(0);
        return !Character.isLetterOrDigit(c) && c != '\'' && c != '’' && c != '&';
    }

    /** A word that looks like a verb form in -ed or -ing, which a noun phrase does not run across. */
    /**
     * Whether a word before an event noun says what kind of event it is rather than where or to what it was
     * done: "house arrest" is a kind of detention, not one at or of a house.
     */
    static boolean namesKindOf(String modifier, String eventNoun) {
        return modifier.equalsIgnoreCase("house") && (eventNoun.startsWith("arrest") || eventNoun.startsWith("detention"));
    }

    static boolean looksVerbal(String form) {
        int n = form.length();
        if (n < 5 || Character.isUpperCase(form.charAt(0))) {
            return false;
        }
        int hyphen = form.lastIndexOf('-');
        if (hyphen > 0 && !VERB_PREFIXES.contains(form.substring(0, hyphen))) {
            return false; // a compound adjective: "technology-sharing", "US-backed"; not "re-elected"
        }
        return (form.endsWith("ed") && !NOUNS_IN_ED.contains(form))
                || (form.endsWith("ing") && !NOUNS_IN_ING.contains(form));
    }

    private static final WordTable<Boolean> VERB_PREFIXES = WordTable.setOf("re", "co", "pre", "de", "un", "mis",
            "over", "under", "out", "counter", "cross", "double", "fast", "fine", "hand", "sub", "inter");
    private static final WordTable<Boolean> NOUNS_IN_ED = WordTable.setOf("hundred", "hundreds", "seed", "speed",
            "bed", "shed", "creed", "greed", "need", "deed", "breed", "reed", "weed", "bled", "sled", "fled");
    private static final WordTable<Boolean> NOUNS_IN_ING = WordTable.setOf("building", "buildings", "housing",
            "meeting", "wedding", "clothing", "funding", "ceiling", "king", "evening", "morning", "thing",
            "nothing", "something", "anything", "everything", "ring", "spring", "string", "wing", "training",
            "offering", "hearing", "ruling", "beijing", "bombing", "shooting", "killing", "uprising", "landing",
            "crossing", "dwelling", "painting", "setting", "warning", "briefing", "filling", "opening");

    private static String[] concat(String[] words, String... more) {
        String[] all = java.util.Arrays.copyOf(words, words.length + more.length);
        System.arraycopy(more, 0, all, words.length, more.length);
        return all;
    }
}
