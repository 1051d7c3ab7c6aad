package org.lede.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Three invented agency stories from two outlets over two months, shared by the store tests. */
final class Corpus {
    static final String[] NONE = {};

    private Corpus() {
    }

    static ObjectNode ferryStrike() {
        String text = "DURRES (Adriatic Press) - Ferry crews went on strike on Tuesday, the Seafarers Union said. "
                + "\"We will not sail until the ministry listens,\" said Arta Hoxha, the union's spokeswoman. "
                + "The port authority said officials expected delays, citing shipping agents.";
        return DocumentBuilder.article("Ferry crews strike in Durres", "Adriatic Press", "2023-06-20",
                        "https://adriatic.example/ferry-strike", text)
                .entity("e1", "Seafarers Union", "ORG", new String[] {"the union"})
                .entity("e2", "Arta Hoxha", "PERSON", new String[] {"Hoxha"}, "the union's spokeswoman")
                .entity("e3", "port authority", "ORG", NONE)
                .entity("e4", "Durres", "GPE", NONE)
                .event("v1", "PROTEST", "141", "went on strike", "e1", "e4", "on Tuesday", "2023-06-20")
                .quote("q1", "We will not sail until the ministry listens", "outlet:Adriatic Press",
                        "speaker:Arta Hoxha=e2")
                .quote("q2", "officials expected delays", "outlet:Adriatic Press", "speaker:port authority=e3",
                        "source:shipping agents")
                .timex("on Tuesday", "2023-06-20")
                .build();
    }

    /** The ferry strike as another outlet reports it the next day, in harsher words. */
    static ObjectNode ferryStrikeReported() {
        String text = "DURRES (Balkan Wire) - Militant ferry crews walked out in Durres on Tuesday, stranding "
                + "passengers, the Seafarers Union said. Arta Hoxha, a union firebrand, said crews would not sail "
                + "until the ministry listens.";
        return DocumentBuilder.article("Ferry walkout strands passengers", "Balkan Wire", "2023-06-21",
                        "https://balkanwire.example/walkout", text)
                .entity("e1", "Seafarers Union", "ORG", NONE)
                .entity("e2", "Arta Hoxha", "PERSON", NONE, "a union firebrand")
                .entity("e3", "Durres", "GPE", NONE)
                .label("e1", "Militant", "delegitimising")
                .label("e2", "a union firebrand", "delegitimising")
                .event("v1", "PROTEST", "141", "walked out", "e1", "e3", "on Tuesday", "2023-06-20")
                .frame("Loaded_Language", "Militant ferry crews", "e1")
                .frame("Name_Calling,Labeling", "a union firebrand", "e2")
                .build();
    }

    static ObjectNode strikeTalks() {
        String text = "TIRANA (Balkan Wire) - Talks to end the ferry strikes resumed on Monday. Arta Hoxha, "
                + "a union leader, said the ministry had made no offer, state TV reported. Officials were cited "
                + "as saying a deal was near.";
        return DocumentBuilder.article("Strike talks resume", "Balkan Wire", "2023-07-03",
                        "https://balkanwire.example/talks", text)
                .entity("e1", "Arta Hoxha", "PERSON", new String[] {"Hoxha"}, "a union leader")
                .entity("e2", "state TV", "ORG", NONE)
                .quote("q1", "the ministry had made no offer", "outlet:Balkan Wire", "relay:state TV=e2",
                        "speaker:Arta Hoxha=e1")
                .quote("q2", "a deal was near", "outlet:Balkan Wire", "source:Officials were cited as saying")
                .build();
    }

    static ObjectNode harbourFire() {
        String text = "VLORE (Adriatic Press) - A fire broke out in a harbour warehouse overnight. Nobody was hurt, "
                + "the fire service said.";
        return DocumentBuilder.article("Warehouse fire in Vlore harbour", "Adriatic Press", "2023-07-10", null, text)
                .entity("e1", "fire service", "ORG", NONE)
                .quote("q1", "Nobody was hurt", "outlet:Adriatic Press", "speaker:fire service=e1")
                .build();
    }
}
