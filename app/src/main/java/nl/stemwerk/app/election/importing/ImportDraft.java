package nl.stemwerk.app.election.importing;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.stemwerk.app.election.emlfile.PendingImports;
import nl.stemwerk.app.election.emlfile.UploadedFile;
import nl.stemwerk.eml.candidates.CandidateContest;
import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.eml.definition.ElectionDefinition;
import nl.stemwerk.eml.stations.PollingStationList;

/**
 * An import in progress, held in memory until it is confirmed: the step it is at and the files read so far with
 * what they hold. Each {@code with…} returns the next draft through an {@link ImportStep} transition.
 *
 * @param id              the import's id (in the wizard's address and the API)
 * @param owner           the user who started it; no one else can see or continue it
 * @param step            where the wizard is
 * @param definition      the 110a, once read
 * @param candidateLists  the 230b, once read
 * @param pollingStations the 110b, once read
 */
public record ImportDraft(UUID id, String owner, ImportStep step, Optional<Part<ElectionDefinition>> definition,
                          Optional<Part<CandidateLists>> candidateLists,
                          Optional<Part<PollingStationList>> pollingStations) implements PendingImports.Pending {

    /** A file and what was read from it. */
    public record Part<T>(UploadedFile file, T content) {
        public Part {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(content, "content");
        }
    }

    public ImportDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(step, "step");
    }

    static ImportDraft start(String owner) {
        return new ImportDraft(UUID.randomUUID(), owner, ImportStep.DEFINITION, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    ImportDraft withDefinition(Part<ElectionDefinition> read) {
        return new ImportDraft(id, owner, step.definitionRead(), Optional.of(read), candidateLists, pollingStations);
    }

    ImportDraft hashMatched() {
        return new ImportDraft(id, owner, step.hashMatched(), definition, candidateLists, pollingStations);
    }

    ImportDraft withCandidateLists(Part<CandidateLists> read) {
        return new ImportDraft(id, owner, step.candidateListsRead(), definition, Optional.of(read), pollingStations);
    }

    ImportDraft withPollingStations(Part<PollingStationList> read) {
        return new ImportDraft(id, owner, step.pollingStationsRead(), definition, candidateLists, Optional.of(read));
    }

    /** The file whose hash code the user must check now, in the two hash steps. */
    Optional<UploadedFile> fileToCheck() {
        return switch (step) {
            case DEFINITION_HASH -> definition.map(Part::file);
            case CANDIDATE_LISTS_HASH -> candidateLists.map(Part::file);
            default -> Optional.empty();
        };
    }

    /** The lists of the definition's contest ("geen" in a municipal election), once the 230b is read. */
    Optional<CandidateContest> contest() {
        return candidateLists.flatMap(lists -> lists.content().contest(definition.orElseThrow().content().contest().id()));
    }

    @Override
    public long bytes() {
        return Stream.of(definition.map(Part::file), candidateLists.map(Part::file), pollingStations.map(Part::file))
                .flatMap(Optional::stream).mapToLong(UploadedFile::size).sum();
    }
}
