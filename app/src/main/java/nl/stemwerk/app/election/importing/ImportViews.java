package nl.stemwerk.app.election.importing;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.stemwerk.app.election.emlfile.UploadedFile;
import nl.stemwerk.app.municipality.Municipality;
import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.candidates.CandidateContest;
import nl.stemwerk.eml.definition.ElectionDefinition;
import nl.stemwerk.eml.hash.RedactedEmlHash;
import nl.stemwerk.eml.summary.EmlSummary;
import nl.stemwerk.kieswet.election.PollingStation;

/** Builds the {@link ImportView} of a draft: what the user sees after each step. */
final class ImportViews {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    private ImportViews() {
    }

    static ImportView of(ImportDraft draft, Optional<Municipality> home) {
        List<ImportView.FileLine> files = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        Optional<ImportView.ElectionFacts> election = draft.definition().map(ImportDraft.Part::content)
                .map(ImportViews::facts);
        Optional<String> newHome = Optional.empty();
        draft.definition().ifPresent(part -> {
            boolean checked = draft.step() != ImportStep.DEFINITION_HASH;
            files.add(file(part.file(), EmlSummary.of(part.content(), part.file().fileName()), checked, checked));
            checks.add(homeCheck(part.content().election(), home));
            checks.add("De verkiezing " + part.content().election().id() + " staat nog niet in Stemwerk.");
        });
        if (home.isEmpty()) {
            newHome = election.map(ImportView.ElectionFacts::municipality);
        }
        List<ImportView.ListLine> lists = draft.contest().map(ImportViews::lists).orElse(List.of());
        draft.candidateLists().ifPresent(part -> {
            boolean checked = draft.step() != ImportStep.CANDIDATE_LISTS_HASH;
            files.add(file(part.file(), EmlSummary.of(part.content(), part.file().fileName()), checked, checked));
            checks.add("De kandidatenlijsten horen bij dezelfde verkiezing als de verkiezingsdefinitie ("
                    + describe(part.content().election()) + ").");
        });
        List<ImportView.StationLine> stations = draft.pollingStations()
                .map(part -> part.content().stations().stream().map(ImportViews::station).toList()).orElse(List.of());
        draft.pollingStations().ifPresent(part -> {
            // a 110b has no hash check (as in Abacus): its code is shown in full
            files.add(file(part.file(), EmlSummary.of(part.content(), part.file().fileName()), true, false));
            checks.add("De stembureaus horen bij dezelfde verkiezing en gemeente (" + part.content().municipality()
                    .name() + ").");
        });
        return new ImportView(draft.id(), draft.step(), draft.step().dutchName(), election, lists,
                lists.stream().mapToInt(ImportView.ListLine::candidates).sum(), stations, files, checks,
                draft.fileToCheck().map(ImportViews::hashToCheck), newHome);
    }

    private static ImportView.ElectionFacts facts(ElectionDefinition definition) {
        ElectionIdentity election = definition.election();
        return new ImportView.ElectionFacts(election.id(), election.name(), election.electionDate(),
                election.domain().map(d -> d.name() + " (GM" + d.code() + ")").orElse(""),
                definition.numberOfSeats(), definition.preferenceThreshold());
    }

    private static String homeCheck(ElectionIdentity election, Optional<Municipality> home) {
        String municipality = election.domain().map(d -> d.name() + " (GM" + d.code() + ")").orElse("");
        return home.isPresent() ? "De verkiezing is voor " + municipality + ", de gemeente van deze Stemwerk."
                : "Stemwerk heeft nog geen gemeente. Als u deze import bevestigt, wordt Stemwerk ingericht voor "
                        + municipality + ".";
    }

    private static String describe(ElectionIdentity election) {
        return election.id() + ", " + DATE.format(election.electionDate());
    }

    private static List<ImportView.ListLine> lists(CandidateContest contest) {
        return contest.politicalGroups().stream()
                .map(g -> new ImportView.ListLine(g.number(), g.name(), g.candidates().size())).toList();
    }

    private static ImportView.StationLine station(PollingStation station) {
        return new ImportView.StationLine(station.number(), station.name(), station.postcode(),
                station.numberOfVoters().isPresent() ? station.numberOfVoters().getAsLong() : null);
    }

    private static ImportView.FileLine file(UploadedFile file, EmlSummary summary, boolean hashShown,
                                            boolean hashChecked) {
        String hash = hashShown ? file.hash().toString() : file.hash().redacted().display();
        return new ImportView.FileLine(summary.type().id(), file.fileName(), hash, hashChecked, summary.describe());
    }

    private static ImportView.HashToCheck hashToCheck(UploadedFile file) {
        RedactedEmlHash redacted = file.hash().redacted();
        return new ImportView.HashToCheck(file.fileName(), redacted.groups(), redacted.firstBlank() + 1,
                redacted.secondBlank() + 1);
    }
}
