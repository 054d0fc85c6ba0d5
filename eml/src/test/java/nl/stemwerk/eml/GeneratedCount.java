package nl.stemwerk.eml;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A valid EML_NL 510b of any size, made while it is read, so that a national-size file never touches the disk.
 * Votes follow a fixed formula; the totals are the exact sums over the units, so the file passes every check.
 */
public final class GeneratedCount extends InputStream {
    private final int units;
    private final int lists;
    private final int candidatesPerList;
    private byte[] chunk = new byte[0];
    private int position;
    private int nextUnit = -1;
    private boolean ended;
    private long served;

    public GeneratedCount(int units, int lists, int candidatesPerList) {
        this.units = units;
        this.lists = lists;
        this.candidatesPerList = candidatesPerList;
    }

    /** Votes on candidate {@code c} (1-based) of list {@code l} in unit {@code u}; unit 0 is never used. */
    static long votes(int u, int l, int c) {
        return (u * 31L + l * 7L + c * 13L) % 5;
    }

    public long bytesServed() {
        return served;
    }

    public int units() {
        return units;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        while (position == chunk.length) {
            if (ended) {
                return -1;
            }
            nextChunk();
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, n);
        position += n;
        served += n;
        return n;
    }

    private void nextChunk() {
        StringBuilder xml = new StringBuilder(64 * 1024);
        if (nextUnit < 0) {
            header(xml);
            group(xml, 0);
            xml.append("</TotalVotes>");
        } else if (nextUnit < units) {
            int u = nextUnit + 1;
            xml.append("<ReportingUnitVotes><ReportingUnitIdentifier Id=\"9999::SB").append(u)
                    .append("\">Stembureau Buurthuis ").append(u).append(" (postcode: 1234 AB)</ReportingUnitIdentifier>");
            group(xml, u);
            xml.append("</ReportingUnitVotes>");
        } else {
            xml.append("</Contest></Contests></Election></Count></EML>\n");
            ended = true;
        }
        nextUnit++;
        chunk = xml.toString().getBytes(StandardCharsets.UTF_8);
        position = 0;
    }

    private void header(StringBuilder xml) {
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<EML xmlns=\"urn:oasis:names:tc:evs:schema:eml\" xmlns:kr=\"http://www.kiesraad.nl/extensions\"")
                .append(" xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" Id=\"510b\" SchemaVersion=\"5\">")
                .append("<TransactionId>1</TransactionId><ManagingAuthority><AuthorityIdentifier Id=\"9999\">")
                .append("Proefgemeente</AuthorityIdentifier><AuthorityAddress/></ManagingAuthority>")
                .append("<kr:CreationDateTime>2026-03-19T01:00:00.000</kr:CreationDateTime>")
                .append("<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments\"/>")
                .append("<Count><EventIdentifier/><Election><ElectionIdentifier Id=\"GR2026_Proefgemeente\">")
                .append("<ElectionName>Gemeenteraad Proefgemeente 2026</ElectionName><ElectionCategory>GR</ElectionCategory>")
                .append("<kr:ElectionSubcategory>GR2</kr:ElectionSubcategory><kr:ElectionDomain Id=\"9999\">Proefgemeente")
                .append("</kr:ElectionDomain><kr:ElectionDate>2026-03-18</kr:ElectionDate></ElectionIdentifier>")
                .append("<Contests><Contest><ContestIdentifier Id=\"geen\"/><TotalVotes>");
    }

    /** One VoteGroup: for unit 0 the sums over all units. */
    private void group(StringBuilder xml, int unit) {
        long valid = 0;
        for (int l = 1; l <= lists; l++) {
            long listTotal = 0;
            long[] perCandidate = new long[candidatesPerList + 1];
            for (int c = 1; c <= candidatesPerList; c++) {
                int list = l;
                int candidate = c;
                perCandidate[c] = unit == 0 ? sumOverUnits(u -> votes(u, list, candidate)) : votes(unit, l, c);
                listTotal += perCandidate[c];
            }
            valid += listTotal;
            xml.append("<Selection><AffiliationIdentifier Id=\"").append(l).append("\"><RegisteredName>Lijst ")
                    .append(l).append("</RegisteredName></AffiliationIdentifier><ValidVotes>").append(listTotal)
                    .append("</ValidVotes></Selection>");
            for (int c = 1; c <= candidatesPerList; c++) {
                xml.append("<Selection><Candidate><CandidateIdentifier Id=\"").append(c)
                        .append("\"/></Candidate><ValidVotes>").append(perCandidate[c]).append("</ValidVotes></Selection>");
            }
        }
        long blank = unit == 0 ? sumOverUnits(u -> u % 3) : unit % 3;
        long invalid = unit == 0 ? sumOverUnits(u -> u % 2) : unit % 2;
        long proxies = unit == 0 ? sumOverUnits(u -> u % 4) : unit % 4;
        long admitted = valid + blank + invalid;
        xml.append("<Cast>").append(admitted * 2).append("</Cast><TotalCounted>").append(valid)
                .append("</TotalCounted><RejectedVotes ReasonCode=\"ongeldig\">").append(invalid)
                .append("</RejectedVotes><RejectedVotes ReasonCode=\"blanco\">").append(blank).append("</RejectedVotes>");
        uncounted(xml, "geldige stempassen", admitted - proxies);
        uncounted(xml, "geldige volmachtbewijzen", proxies);
        uncounted(xml, "toegelaten kiezers", admitted);
        uncounted(xml, "meer getelde stembiljetten", 0);
        uncounted(xml, "minder getelde stembiljetten", 0);
    }

    private long sumOverUnits(java.util.function.IntToLongFunction perUnit) {
        long sum = 0;
        for (int u = 1; u <= units; u++) {
            sum += perUnit.applyAsLong(u);
        }
        return sum;
    }

    private static void uncounted(StringBuilder xml, String reason, long count) {
        xml.append("<UncountedVotes ReasonCode=\"").append(reason).append("\">").append(count).append("</UncountedVotes>");
    }
}
