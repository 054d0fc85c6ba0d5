package nl.stemwerk.eml.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.stemwerk.eml.Readers;
import nl.stemwerk.eml.SharedData;
import nl.stemwerk.eml.count.Count;
import nl.stemwerk.eml.count.CountContest;
import nl.stemwerk.eml.count.ReportingUnitVotes;
import nl.stemwerk.eml.count.UncountedReason;
import nl.stemwerk.eml.count.VoteCount;

/**
 * Where Stemwerk's CSV deviates from eml2csv on purpose: a figure that one unit lacks. eml2csv collects a row's
 * figures with one XPath over the whole file, so a unit without, say, "geen verklaring" makes every later figure
 * of that row move one column to the left, under the wrong polling station. Stemwerk leaves that one cell empty.
 * Abacus writes its 510b without these explanation codes, so this case is real for counts from Abacus.
 */
class Osv43CsvGapsTest {
    @Test
    void aFigureOneUnitLacksIsAnEmptyCellInItsOwnColumn() {
        Count real = Readers.count(SharedData.GR2022_COUNT);
        CountContest contest = real.contests().get(0);
        ReportingUnitVotes first = contest.units().get(0);
        Map<UncountedReason, Long> fewer = new EnumMap<>(first.votes().uncounted());
        fewer.remove(UncountedReason.NO_EXPLANATION);
        VoteCount lacking = new VoteCount(first.votes().lists(), first.votes().cast(), first.votes().totalCounted(),
                first.votes().blank(), first.votes().invalid(), fewer);
        List<ReportingUnitVotes> units = new ArrayList<>(contest.units());
        units.set(0, new ReportingUnitVotes(first.unit(), lacking));
        Count changed = new Count(real.header(), List.of(new CountContest(contest.contest(), contest.totals(), units)));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Osv43Csv.write(Readers.candidates(SharedData.GR2022_CANDIDATES), changed, "telling.xml", out);
        String row = out.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith(";\"geen verklaring\"")).findFirst().orElseThrow();
        assertThat(row).startsWith(";\"geen verklaring\";;;\"0\";;\"0\";\"0\"");
        assertThat(row.split(";", -1)).hasSize(4 + 1 + 21);
    }
}
