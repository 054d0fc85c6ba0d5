package nl.stemwerk.eml.count;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.eml.internal.ReportingUnitTypes;
import nl.stemwerk.eml.internal.XmlCursor;
import nl.stemwerk.kieswet.election.PollingStationType;

/**
 * Reads one {@code TotalVotes} or {@code ReportingUnitVotes} and checks what can be checked inside it: every
 * list total equals the sum of its candidates, the valid votes equal the sum of the list totals, and no list,
 * candidate or reason code appears twice.
 */
final class VoteGroupReader {
    private final XmlCursor cursor;
    private final List<ListVotes> lists = new ArrayList<>();
    private final Set<Integer> listNumbers = new HashSet<>();
    private final Map<UncountedReason, Long> uncounted = new EnumMap<>(UncountedReason.class);
    private final List<Investigation> investigations = new ArrayList<>();
    private String where = "In <TotalVotes>";
    private ReportingUnit unit;
    private OpenList open;
    private long cast;
    private long totalCounted;
    private long blank = -1;
    private long invalid = -1;

    private VoteGroupReader(XmlCursor cursor) {
        this.cursor = cursor;
    }

    /** Reads {@code TotalVotes}; the cursor stands on its start tag. */
    static VoteCount readTotals(XmlCursor cursor) {
        VoteGroupReader reader = new VoteGroupReader(cursor);
        reader.readChildren();
        return reader.voteCount();
    }

    /** Reads {@code ReportingUnitVotes}; the cursor stands on its start tag. */
    static ReportingUnitVotes readUnit(XmlCursor cursor) {
        VoteGroupReader reader = new VoteGroupReader(cursor);
        reader.readChildren();
        if (reader.unit == null) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE,
                    "Bij <ReportingUnitVotes> ontbreekt <ReportingUnitIdentifier>: welk stembureau het is.");
        }
        return new ReportingUnitVotes(reader.unit, reader.voteCount(), reader.investigations);
    }

    private void readChildren() {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "ReportingUnitIdentifier" -> readIdentifier();
                case "ReportingUnitType" -> readType();
                case "Selection" -> readSelection();
                case "Cast" -> cast = cursor.count();
                case "TotalCounted" -> totalCounted = cursor.count();
                case "RejectedVotes" -> readRejected();
                case "UncountedVotes" -> readUncounted();
                case "ReportingUnitInvestigations" -> readInvestigations();
                default -> cursor.skip();
            }
        }
        closeList();
    }

    private void readIdentifier() {
        String id = cursor.requiredAttribute("Id");
        unit = new ReportingUnit(id, cursor.text(), Optional.empty());
        where = "Bij " + id;
    }

    private void readType() {
        PollingStationType type = ReportingUnitTypes.fromEml(cursor.text());
        if (unit != null) {
            unit = new ReportingUnit(unit.id(), unit.name(), Optional.of(type));
        }
    }

    private void readSelection() {
        int listNumber = 0;
        String listName = "";
        int candidateNumber = 0;
        long votes = -1;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "AffiliationIdentifier" -> {
                    listNumber = cursor.positiveNumber(cursor.requiredAttribute("Id"), "lijstnummer");
                    listName = cursor.childText("RegisteredName");
                }
                case "Candidate" -> candidateNumber = candidateNumber();
                case "ValidVotes" -> votes = cursor.count();
                case "ReferendumOptionIdentifier" -> throw cursor.failure(EmlErrorCode.INVALID_VALUE,
                        "Dit bestand telt stemmen op een referendumvraag. Stemwerk leest alleen tellingen van lijsten"
                                + " en kandidaten.");
                default -> cursor.skip();
            }
        }
        if (votes < 0 || (listNumber == 0 && candidateNumber == 0)) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE, where + " staat een <Selection> zonder "
                    + (votes < 0 ? "<ValidVotes>." : "lijst of kandidaat."));
        }
        if (listNumber > 0) {
            openList(listNumber, listName, votes);
        } else {
            addCandidate(candidateNumber, votes);
        }
    }

    private int candidateNumber() {
        int number = 0;
        while (cursor.nextChild()) {
            if ("CandidateIdentifier".equals(cursor.localName())) {
                number = cursor.positiveNumber(cursor.requiredAttribute("Id"), "kandidaatnummer");
            }
            cursor.skip();
        }
        if (number == 0) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE, where + " ontbreekt bij een kandidaat het nummer.");
        }
        return number;
    }

    private void openList(int listNumber, String name, long total) {
        closeList();
        if (!listNumbers.add(listNumber)) {
            throw cursor.failure(EmlErrorCode.DUPLICATE_LIST_NUMBER, where + " staat lijst " + listNumber
                    + " twee keer.");
        }
        open = new OpenList(listNumber, name, total);
    }

    private void addCandidate(int candidateNumber, long votes) {
        if (open == null) {
            throw cursor.failure(EmlErrorCode.CANDIDATE_WITHOUT_LIST, where + " staan stemmen op kandidaat "
                    + candidateNumber + " voordat er een lijst is genoemd. Zo is niet te zien bij welke lijst ze horen.");
        }
        if (!open.numbers.add(candidateNumber)) {
            throw cursor.failure(EmlErrorCode.DUPLICATE_CANDIDATE_NUMBER, where + " staat kandidaat "
                    + candidateNumber + " van lijst " + open.number + " twee keer.");
        }
        open.sum = add(open.sum, votes);
        open.candidates.add(new CandidateCount(candidateNumber, votes));
    }

    private void closeList() {
        if (open == null) {
            return;
        }
        if (open.sum != open.total) {
            throw cursor.failure(EmlErrorCode.LIST_TOTAL_MISMATCH, where + " heeft lijst " + open.number
                    + " een totaal van " + open.total + " stemmen, maar de kandidaten van die lijst hebben samen "
                    + open.sum + " stemmen. Die twee moeten gelijk zijn.");
        }
        lists.add(new ListVotes(open.number, open.name, open.total, open.candidates));
        open = null;
    }

    private void readRejected() {
        String reason = cursor.requiredAttribute("ReasonCode").strip();
        long count = cursor.count();
        if ("blanco".equals(reason) && blank < 0) {
            blank = count;
        } else if ("ongeldig".equals(reason) && invalid < 0) {
            invalid = count;
        } else {
            throw cursor.failure(EmlErrorCode.INVALID_VALUE, where + " staat <RejectedVotes> met reden \""
                    + reason + "\" die onbekend is of twee keer voorkomt.");
        }
    }

    private void readUncounted() {
        String code = cursor.requiredAttribute("ReasonCode").strip();
        Optional<UncountedReason> reason = UncountedReason.fromCode(code);
        long count = cursor.count();
        if (reason.isEmpty() || uncounted.putIfAbsent(reason.get(), count) != null) {
            throw cursor.failure(EmlErrorCode.INVALID_VALUE, where + " staat <UncountedVotes> met reden \""
                    + code + "\" die onbekend is of twee keer voorkomt.");
        }
    }

    private void readInvestigations() {
        while (cursor.nextChild()) {
            if (!"Investigation".equals(cursor.localName())) {
                cursor.skip();
                continue;
            }
            String code = cursor.requiredAttribute("ReasonCode").strip();
            String value = cursor.text().strip();
            Optional<InvestigationReason> reason = InvestigationReason.fromCode(code);
            if (reason.isEmpty() || !(value.equals("true") || value.equals("false") || value.equals("1")
                    || value.equals("0"))) {
                throw cursor.failure(EmlErrorCode.INVALID_VALUE, where + " staat een onderzoek met reden \""
                        + code + "\" en waarde \"" + value + "\" die Stemwerk niet kent.");
            }
            investigations.add(new Investigation(reason.get(), value.equals("true") || value.equals("1")));
        }
    }

    private VoteCount voteCount() {
        if (blank < 0 || invalid < 0) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE, where + " ontbreekt het aantal "
                    + (blank < 0 ? "blanco" : "ongeldige") + " stemmen (<RejectedVotes>).");
        }
        long sumOfLists = 0;
        for (ListVotes list : lists) {
            sumOfLists = add(sumOfLists, list.total());
        }
        if (sumOfLists != totalCounted) {
            throw cursor.failure(EmlErrorCode.VALID_VOTES_MISMATCH, where + " staan " + totalCounted
                    + " geldige stemmen (<TotalCounted>), maar de lijsten hebben samen " + sumOfLists
                    + " stemmen. Die twee moeten gelijk zijn.");
        }
        return new VoteCount(lists, cast, totalCounted, blank, invalid, uncounted);
    }

    private long add(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw cursor.failure(EmlErrorCode.INVALID_VALUE, where + " zijn de aantallen samen te groot om te tellen.");
        }
    }

    private static final class OpenList {
        private final int number;
        private final String name;
        private final long total;
        private final List<CandidateCount> candidates = new ArrayList<>();
        private final Set<Integer> numbers = new HashSet<>();
        private long sum;

        private OpenList(int number, String name, long total) {
            this.number = number;
            this.name = name;
            this.total = total;
        }
    }
}
