package nl.stemwerk.app.turnout.files;

import java.util.List;
import nl.stemwerk.turnout.cbs.AreaPopulation;
import nl.stemwerk.turnout.cbs.EligibleVotersEstimate;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.geo.AreaSet;
import nl.stemwerk.turnout.problem.ReadNote;
import nl.stemwerk.turnout.station.StationList;

/** What a turnout file held, read by the turnout library (or the eml module for a 510b). */
public sealed interface TurnoutFile {

    TurnoutFileKind kind();

    /** The format it was read as, in Dutch: "osv4-3 CSV", "EML 510b", "GeoJSON", … */
    String format();

    /** What the reader noticed and accepted. */
    List<ReadNote> notes();

    /** The count of one municipality in one election. */
    record Count(ElectionCount count, String format) implements TurnoutFile {
        @Override
        public TurnoutFileKind kind() {
            return TurnoutFileKind.COUNT;
        }

        @Override
        public List<ReadNote> notes() {
            return count.notes();
        }
    }

    /** Polling stations with their stops. */
    record Stations(StationList stations, String format) implements TurnoutFile {
        @Override
        public TurnoutFileKind kind() {
            return TurnoutFileKind.STATIONS;
        }

        @Override
        public List<ReadNote> notes() {
            return stations.notes();
        }
    }

    /** Areas with their shapes. */
    record Boundaries(AreaSet areas, String format) implements TurnoutFile {
        @Override
        public TurnoutFileKind kind() {
            return TurnoutFileKind.BOUNDARIES;
        }

        @Override
        public List<ReadNote> notes() {
            return areas.notes();
        }
    }

    /** CBS estimates of eligible voters per municipality. */
    record EligibleVoters(List<EligibleVotersEstimate> estimates) implements TurnoutFile {
        public EligibleVoters {
            estimates = List.copyOf(estimates);
        }

        @Override
        public TurnoutFileKind kind() {
            return TurnoutFileKind.ELIGIBLE_VOTERS;
        }

        @Override
        public String format() {
            return "CBS-tabel (xlsx)";
        }

        @Override
        public List<ReadNote> notes() {
            return List.of();
        }
    }

    /** Inhabitants per area from CBS key figures. */
    record Population(List<AreaPopulation> population) implements TurnoutFile {
        public Population {
            population = List.copyOf(population);
        }

        @Override
        public TurnoutFileKind kind() {
            return TurnoutFileKind.POPULATION;
        }

        @Override
        public String format() {
            return "CBS-kerncijfers (CSV)";
        }

        @Override
        public List<ReadNote> notes() {
            return List.of();
        }
    }
}
