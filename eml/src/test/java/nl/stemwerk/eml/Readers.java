package nl.stemwerk.eml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.eml.candidates.CandidateListsReader;
import nl.stemwerk.eml.count.Count;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.eml.definition.ElectionDefinition;
import nl.stemwerk.eml.definition.ElectionDefinitionReader;
import nl.stemwerk.eml.stations.PollingStationList;
import nl.stemwerk.eml.stations.PollingStationListReader;

/** Reads the shared sample files in one line each, for tests. */
public final class Readers {
    private Readers() {
    }

    public static Count count(String sharedFile) {
        try (InputStream in = SharedData.open(sharedFile)) {
            return new CountReader().read(in, SharedData.name(sharedFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CandidateLists candidates(String sharedFile) {
        try (InputStream in = SharedData.open(sharedFile)) {
            return new CandidateListsReader().read(in, SharedData.name(sharedFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ElectionDefinition definition(String sharedFile) {
        try (InputStream in = SharedData.open(sharedFile)) {
            return new ElectionDefinitionReader().read(in, SharedData.name(sharedFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PollingStationList stations(String sharedFile) {
        try (InputStream in = SharedData.open(sharedFile)) {
            return new PollingStationListReader().read(in, SharedData.name(sharedFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
