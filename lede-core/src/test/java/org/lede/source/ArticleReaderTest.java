package org.lede.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.model.Article;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final ArticleReader reader = new ArticleReader(warnings::add);

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
        return path;
    }

    @Test
    void headlineBeforeBlankLineAndAgencyDateline() throws IOException {
        Article article = reader.read(write("story.txt", "Floods cut off mountain villages\n\n"
                + "TIRANA (Reuters) – Floods cut off a dozen villages on Monday, officials said.\n\n"
                + "Rescue teams reached two of them by evening.\n"));

        assertThat(article.title()).isEqualTo("Floods cut off mountain villages");
        assertThat(article.text()).startsWith("TIRANA (Reuters) – Floods")
                .endsWith("by evening.");
        assertThat(article.dateline()).isEqualTo("TIRANA (Reuters) –");
        assertThat(article.outlet()).isEqualTo("Reuters");
        assertThat(article.origin()).isEqualTo(dir.resolve("story.txt").toString());
        assertThat(warnings).isEmpty();
    }

    @Test
    void datelineWithDateAndHyphenAndWithoutAgency() throws IOException {
        Article dated = reader.read(write("a.txt", "TIRANA, June 20 (AP) - The court adjourned the trial."));
        assertThat(dated.dateline()).isEqualTo("TIRANA, June 20 (AP) -");
        assertThat(dated.outlet()).isEqualTo("AP");
        assertThat(dated.title()).as("a one-paragraph story has no headline").isNull();

        Article bare = reader.read(write("b.txt", "NEW YORK — Shares fell sharply on Friday."));
        assertThat(bare.dateline()).isEqualTo("NEW YORK —");
        assertThat(bare.outlet()).isNull();
    }

    @Test
    void noHeadlineWithoutBlankLineOrWhenFirstParagraphIsTheDatelineParagraph() throws IOException {
        Article joined = reader.read(write("a.txt", "First line of a story\nthat goes on here.\n\nMore."));
        assertThat(joined.title()).isNull();
        assertThat(joined.text()).startsWith("First line of a story\nthat");

        Article lead = reader.read(write("b.txt", "LONDON — The strike ended.\n\nTrains ran again."));
        assertThat(lead.title()).isNull();
        assertThat(lead.dateline()).isEqualTo("LONDON —");

        Article prose = reader.read(write("c.txt", "The minister - who spoke late - resigned.\n\nMore."));
        assertThat(prose.dateline()).isNull();

        Article compound = reader.read(write("d.txt", "US-China talks resumed in Geneva on Monday."));
        assertThat(compound.dateline()).isNull();
    }

    @Test
    void windowsLineBreaksBecomeNewlines() throws IOException {
        Article article = reader.read(write("crlf.txt", "Headline\r\n\r\nBody line one.\r\nBody line two.\r\n"));
        assertThat(article.title()).isEqualTo("Headline");
        assertThat(article.text()).isEqualTo("Body line one.\nBody line two.");
    }

    @Test
    void latin1BytesAreReadAsWindows1252WithAWarning() throws IOException {
        byte[] bytes = "Café owners in Tiranë – “closed”".getBytes(TextDecoder.WINDOWS_1252);
        Path path = write("legacy.txt", bytes);

        Article article = reader.read(path);

        assertThat(article.text()).isEqualTo("Café owners in Tiranë – “closed”");
        assertThat(warnings).containsExactly(path + ": not UTF-8, read as Windows-1252");
    }

    @Test
    void byteOrderMarksDecideTheEncoding() throws IOException {
        byte[] utf8 = ("\uFEFFHeadline\n\nBody é.").getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(write("bom8.txt", utf8)).title()).isEqualTo("Headline");

        byte[] text = "Zürich talks resume.".getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[text.length + 2];
        utf16[0] = (byte) 0xFF;
        utf16[1] = (byte) 0xFE;
        System.arraycopy(text, 0, utf16, 2, text.length);
        assertThat(reader.read(write("bom16.txt", utf16)).text()).isEqualTo("Zürich talks resume.");
        assertThat(warnings).isEmpty();
    }

    @Test
    void utf16WithoutByteOrderMarkIsToldByItsZeroBytesAndReadWithAWarning() throws IOException {
        String story = "Port strike\n\nVLORA (Coast Wire) – Dockers in Vlorë stopped work on Friday.";
        Path little = write("le.txt", story.getBytes(StandardCharsets.UTF_16LE));
        Path big = write("be.txt", story.getBytes(StandardCharsets.UTF_16BE));

        Article fromLittle = reader.read(little);
        Article fromBig = reader.read(big);

        assertThat(fromLittle.title()).isEqualTo("Port strike");
        assertThat(fromLittle.text()).isEqualTo("VLORA (Coast Wire) – Dockers in Vlorë stopped work on Friday.");
        assertThat(fromBig.text()).isEqualTo(fromLittle.text());
        assertThat(warnings).containsExactly(little + ": no byte-order mark, read as UTF-16LE",
                big + ": no byte-order mark, read as UTF-16BE");
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreRefused() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", " \n\t\n");
        assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(InputException.class)
                .hasMessage(empty + ": empty; nothing to analyse");
        assertThatThrownBy(() -> reader.read(blank)).isInstanceOf(InputException.class)
                .hasMessage(blank + ": empty; nothing to analyse");
    }

    @Test
    void binaryDataIsRefused() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Path image = write("photo.txt", png);
        assertThatThrownBy(() -> reader.read(image)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(image + ": binary data, not text");

        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        Path noisy = write("noisy.txt", controls);
        assertThatThrownBy(() -> reader.read(noisy)).hasMessageContaining("binary data");
        assertThat(warnings).as("binary is refused, not reported as Windows-1252").isEmpty();
    }

    @Test
    void missingPathIsNamed() {
        Path missing = dir.resolve("nowhere.txt");
        assertThatThrownBy(() -> reader.read(missing)).isInstanceOf(InputException.class)
                .hasMessage(missing + ": no such file or folder");
    }

    @Test
    void aPathThroughAFileSaysWhyWithoutRepeatingThePath() throws IOException {
        Path file = write("story.txt", "A story.");
        Path through = file.resolve("inner.txt");
        assertThatThrownBy(() -> reader.read(through)).isInstanceOf(InputException.class)
                .hasMessage(through + ": cannot be read (Not a directory)");
    }

    @Test
    void oversizedFileIsRefusedBeforeBeingRead() throws IOException {
        Path huge = dir.resolve("dump.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: the test does not write 200 MB
        }
        assertThatThrownBy(() -> reader.read(huge)).isInstanceOf(InputException.class)
                .hasMessage(huge + ": 200 MB is too large for one article (limit 10 MB); "
                        + "split it or pass the text alone");
    }

    @Test
    void oversizedStreamIsCutAtTheLimit() {
        ArticleReader small = new ArticleReader(1024, new ParagraphBodyExtractor(), warnings::add);
        byte[] text = "word ".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> small.read("-", new ByteArrayInputStream(text)))
                .hasMessage("-: more than 1 KB is too large for one article (limit 1 KB); "
                        + "split it or pass the text alone");
    }

    @Test
    void standardInputIsSniffedForHtml() {
        Article text = reader.read("-", stream("Headline\n\nLONDON — Body <b>kept</b> as text."));
        assertThat(text.title()).isEqualTo("Headline");
        assertThat(text.text()).contains("<b>kept</b>");

        Article page = reader.read("-", stream("<!DOCTYPE html><html><head><title>T</title></head>"
                + "<body><article><p>Body of the page.</p></article></body></html>"));
        assertThat(page.title()).isEqualTo("T");
        assertThat(page.text()).isEqualTo("Body of the page.");
        assertThat(page.origin()).isEqualTo("-");
    }

    @Test
    void openGraphMetadataAndArticleParagraphs() throws IOException {
        Article article = reader.read(write("page.html", """
                <!DOCTYPE html><html lang="en-GB"><head>
                <title>Storm news | Site</title>
                <meta property="og:title" content="Storm closes ports along the coast">
                <meta property="og:site_name" content="Coastal Herald">
                <meta property="article:published_time" content="2024-03-05T22:10:00+01:00">
                <meta property="og:url" content="https://herald.example/storm">
                </head><body>
                <nav><p>Home | World | Sport and everything else you may want to read today</p></nav>
                <article>
                  <h1>Storm closes ports</h1>
                  <p>DURRES (Coastal Herald) – A storm closed three ports on Tuesday.</p>
                  <p>Ferries stayed in harbour, the port authority said.</p>
                </article>
                <footer><p>Copyright Coastal Herald, all rights reserved, do not reproduce</p></footer>
                </body></html>
                """));

        assertThat(article.title()).isEqualTo("Storm closes ports along the coast");
        assertThat(article.outlet()).isEqualTo("Coastal Herald");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(article.url()).isEqualTo("https://herald.example/storm");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.text()).isEqualTo("DURRES (Coastal Herald) – A storm closed three ports on Tuesday.\n\n"
                + "Ferries stayed in harbour, the port authority said.");
        assertThat(article.dateline()).isEqualTo("DURRES (Coastal Herald) –");
    }

    @Test
    void jsonLdMetadataInAGraph() throws IOException {
        Article article = reader.read(write("ld.htm", """
                <html><head>
                <script type="application/ld+json">{ this is not json </script>
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Not this"},
                  {"@type":["NewsArticle"],"headline":"Talks resume in Vienna",
                   "datePublished":"2023-11-02","publisher":{"@type":"Organization","name":"Danube Wire"},
                   "url":"https://wire.example/talks"}]}
                </script></head>
                <body><div itemprop="articleBody"><p>VIENNA — Negotiators met again.</p></div>
                <p>Unrelated teaser paragraph elsewhere on the page that is long enough.</p></body></html>
                """));

        assertThat(article.title()).isEqualTo("Talks resume in Vienna");
        assertThat(article.outlet()).isEqualTo("Danube Wire");
        assertThat(article.published()).isEqualTo(LocalDate.of(2023, 11, 2));
        assertThat(article.url()).isEqualTo("https://wire.example/talks");
        assertThat(article.text()).isEqualTo("VIENNA — Negotiators met again.");
    }

    @Test
    void timeElementDateCanonicalLinkAndSubstantialParagraphs() throws IOException {
        Article article = reader.read(write("plain.html", """
                <html><head><title>Bridge reopens</title>
                <link rel="canonical" href="https://town.example/bridge"></head>
                <body><div class="x"><p>Share</p>
                <time datetime="2022-08-09T08:00">9 August</time>
                <p>The old bridge reopened to traffic after two years of repairs, the council said.</p>
                <p>Photo: council</p>
                <p>Drivers had used a 20-kilometre detour since the summer of 2020, it added.</p>
                </div></body></html>
                """));

        assertThat(article.title()).isEqualTo("Bridge reopens");
        assertThat(article.published()).isEqualTo(LocalDate.of(2022, 8, 9));
        assertThat(article.url()).isEqualTo("https://town.example/bridge");
        assertThat(article.outlet()).isNull();
        assertThat(article.text()).isEqualTo(
                "The old bridge reopened to traffic after two years of repairs, the council said.\n\n"
                        + "Drivers had used a 20-kilometre detour since the summer of 2020, it added.");
    }

    @Test
    void metaNameDateAndDeclaredLatin1Charset() throws IOException {
        String html = "<html><head><meta charset=\"iso-8859-1\"><meta name=\"date\" content=\"2021-01-15\">"
                + "</head><body><article><p>Caf\u00e9 r\u00e9ouvert \u00e0 Tiran\u00eb.</p></article></body></html>";
        Article article = reader.read(write("fr.html", html.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(article.text()).isEqualTo("Café réouvert à Tiranë.");
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 1, 15));
        assertThat(warnings).as("the page said which encoding it used").isEmpty();
    }

    @Test
    void pageWithoutArticleTextIsRefused() throws IOException {
        Path page = write("empty.html", "<html><head><title>Login</title><script>var x = 'long text "
                + "inside a script that is not the article at all';</script></head><body><form>"
                + "<p>Please sign in to continue reading this article and more.</p></form></body></html>");
        assertThatThrownBy(() -> reader.read(page)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(page + ": no article text found in this web page");
    }

    @Test
    void hostilePageYieldsOnlyItsText() throws IOException {
        StringBuilder html = new StringBuilder("<html><head><style>p{color:red}</style>"
                + "<script>document.write('INJECTED')</script></head><body>");
        html.append("<div>".repeat(20_000));
        html.append("<article><p>Calm text <img src=x onerror=\"alert('PWNED')\">stays.</p>"
                + "<p onclick=\"steal()\">Second <script>alert('INSIDE')</script>paragraph.</p>"
                + "<noscript><p>Enable scripts to see EVASION.</p></noscript>"
                + "<iframe src=\"https://evil.example\"><p>FRAMED text</p></iframe>"
                + "<!-- <p>COMMENTED out</p> --></article>");
        html.append("</div>".repeat(20_000)).append("</body></html>");

        Article article = reader.read(write("hostile.html", html.toString()));

        assertThat(article.text()).isEqualTo("Calm text stays.\n\nSecond paragraph.");
    }

    @Test
    void pageLaidOutInDivsWithLineBreaksGivesItsParagraphs() throws IOException {
        Article article = reader.read(write("divs.html", """
                <html><head><title>Dam inspection</title></head><body>
                <div id="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
                <div id="story">
                  KORCA (Lake Wire) - Engineers inspected the old dam on Thursday, after a week of heavy rain,
                  the water authority said.<br><br>
                  The reservoir stood <b>two metres</b> above its usual level, and farmers downstream were told
                  to move their animals to higher ground.<br>
                  <br>
                  No cracks were found, an engineer said.
                </div>
                <div class="links"><a href="/a">Flood warnings for the north, read the full list here</a></div>
                </body></html>
                """));

        assertThat(article.text()).isEqualTo("KORCA (Lake Wire) - Engineers inspected the old dam on Thursday, "
                + "after a week of heavy rain, the water authority said.\n\n"
                + "The reservoir stood two metres above its usual level, and farmers downstream were told to move "
                + "their animals to higher ground.\n\n"
                + "No cracks were found, an engineer said.");
        assertThat(article.outlet()).isEqualTo("Lake Wire");
    }

    @Test
    void unmarkedPageGivesTheStoryNotItsCommentsTeasersOrMenus() throws IOException {
        String comment = "<div class=\"comment\"><div class=\"comment-text\"><p>I have lived by this river "
                + "for forty years, and I have never, not once, seen the council, the ministry, or anyone else "
                + "do a thing about the bridge, the road, the school, or the clinic, and now this.</p></div></div>";
        Article article = reader.read(write("comments.html", "<html><body>"
                + "<ul class=\"more\"><li><a href=\"/a\">Ferry crews strike</a> Ferry crews walked out on "
                + "Monday, stranding about 2,000 passengers in three...</li>"
                + "<li><a href=\"/b\">Port reopens</a> The northern port reopened to cargo ships after a "
                + "dredging project, officials...</li></ul>"
                + "<div class=\"story-body\"><p>ELBASAN (Valley News) - The river bridge closed on Monday, "
                + "the council said.</p><p>Engineers found rust in two of its four steel supports.</p>"
                + "<p>Buses will take a detour of 12 kilometres, adding half an hour to the trip.</p></div>"
                + "<div id=\"comments\">" + comment.repeat(3) + "</div></body></html>"));

        assertThat(article.text()).isEqualTo("ELBASAN (Valley News) - The river bridge closed on Monday, the "
                + "council said.\n\nEngineers found rust in two of its four steel supports.\n\n"
                + "Buses will take a detour of 12 kilometres, adding half an hour to the trip.");
    }

    @Test
    void aFormAroundTheWholePageKeepsTheArticleInIt() throws IOException {
        Article article = reader.read(write("aspnet.html", """
                <html><body><form id="main-form" method="post">
                <div class="search"><input name="q"><p>Search the site</p></div>
                <article><p>SHKODER (North Desk) - The lake rose by half a metre overnight.</p></article>
                </form></body></html>
                """));

        assertThat(article.text()).isEqualTo("SHKODER (North Desk) - The lake rose by half a metre overnight.");
    }

    @Test
    void folderListingIsRecursiveFilteredAndSorted() throws IOException {
        write("b.txt", "b");
        write("a/z.html", "<p>z</p>");
        write("a/c.htm", "<p>c</p>");
        write("notes.md", "not an article");
        write(".git/x.txt", "hidden");
        write("a/readme", "no extension");

        assertThat(ArticleFiles.in(dir)).containsExactly(dir.resolve("a/c.htm"), dir.resolve("a/z.html"),
                dir.resolve("b.txt"));
        assertThatThrownBy(() -> ArticleFiles.in(dir.resolve("gone")))
                .hasMessage(dir.resolve("gone") + ": no such file or folder");
    }

    @Test
    void bylineFromJsonLdElseMetaElseMarkupAndNeverAWebAddress() {
        String story = "<p>The harbour master said the ferries would run again on Thursday, after a week of storms.</p>";
        Article fromLd = reader.read("ld", stream("""
                <html><head><script type="application/ld+json">
                {"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Ana Krasniqi"}, "Ben Ortiz"]}
                </script><meta name="author" content="Desk"></head><body><article>""" + story + "</article></body></html>"));
        assertThat(fromLd.author()).isEqualTo("Ana Krasniqi, Ben Ortiz");

        Article fromMeta = reader.read("meta", stream("""
                <html><head><meta property="article:author" content="https://social.example/ana">
                <meta name="byl" content="By Ana Krasniqi"></head><body><article>""" + story + "</article></body></html>"));
        assertThat(fromMeta.author()).isEqualTo("Ana Krasniqi");

        Article fromMarkup = reader.read("markup", stream("<html><body><article><span itemprop=\"author\">"
                + "<span itemprop=\"name\">Ben Ortiz</span></span>" + story + "</article></body></html>"));
        assertThat(fromMarkup.author()).isEqualTo("Ben Ortiz");

        assertThat(reader.read("none", stream("<html><body><article>" + story + "</article></body></html>")).author())
                .isNull();
    }

    @Test
    void photoCaptionsCreditsAndRepeatedParagraphsStayOutOfTheBody() {
        String caption = "<div class=\"photo-caption\">Ferries wait in the harbour at Durres on Monday. "
                + "(Photo: Port Authority)</div>";
        Article article = reader.read("page", stream("<html><body><article>" + caption
                + "<p>The harbour master said the ferries would run again on Thursday, after a week of storms.</p>"
                + caption + "<p class=\"credit\">Photo: Port Authority</p>"
                + "<p>Crews spent the weekend clearing the quays, the port authority said.</p>"
                + "<p>Crews spent the weekend clearing the quays, the port authority said.</p>"
                + "<p>https://news.example/ferries-run-again</p></article></body></html>"));
        assertThat(article.text()).isEqualTo("The harbour master said the ferries would run again on Thursday, "
                + "after a week of storms.\n\nCrews spent the weekend clearing the quays, the port authority said.");
    }

    @Test
    void aWebPageIsReadAsOneWhateverItsFirstBytes() {
        Article article = reader.readWebPage("page.html.gz", stream("<!-- saved by a crawler -->\n"
                + "<div><p>The harbour master said the ferries would run again on Thursday.</p></div>"));
        assertThat(article.text()).isEqualTo("The harbour master said the ferries would run again on Thursday.");
    }

    @Test
    void aPlaceholderDateInTheMetadataGivesWayToTheNextDateThePageGives() {
        Article article = reader.read("page", stream("<html><head>"
                + "<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00\"></head><body><article>"
                + "<time datetime=\"2024-03-14T08:00\">March 14</time><p>The harbour master said the ferries would "
                + "run again on Thursday, after a week of storms.</p></article></body></html>"));
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 14));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
