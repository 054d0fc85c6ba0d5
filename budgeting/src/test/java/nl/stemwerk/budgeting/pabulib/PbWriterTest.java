package nl.stemwerk.budgeting.pabulib;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

import org.junit.jupiter.api.Test;

import nl.stemwerk.budgeting.election.Ballot;
import nl.stemwerk.budgeting.election.BallotRules;
import nl.stemwerk.budgeting.election.BudgetCaps;
import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.election.Project;
import nl.stemwerk.budgeting.election.VoteType;
import nl.stemwerk.budgeting.money.Money;
import nl.stemwerk.budgeting.rule.BudgetResult;
import nl.stemwerk.budgeting.rule.BudgetRules;
import nl.stemwerk.budgeting.rule.GreedyRule;

class PbWriterTest {

    private static BudgetElection neighbourhoodBudget() {
        List<Project> projects = List.of(
                new Project("1", "Speeltuin \"De Wip\"", Money.ofUnits(6000), List.of("Spelen"),
                        Optional.of("Oost")),
                new Project("2", "Bankjes; groen", Money.ofCents(250_050), List.of("Groen", "Ontmoeten"),
                        Optional.empty()),
                new Project("3", "Bomen", Money.ofUnits(3000), List.of("Groen"), Optional.of("West")));
        List<Ballot> ballots = List.of(Ballot.of("a", List.of("1", "2")), Ballot.of("b", List.of("2")),
                Ballot.of("c", List.of("3", "2")));
        return new BudgetElection(Money.ofUnits(10_000), "EUR", VoteType.APPROVAL, projects, ballots,
                BallotRules.NONE.withLength(1, 2), new BudgetCaps(Map.of("Groen", Money.ofUnits(5000)), Map.of()));
    }

    private static SequencedMap<String, String> description() {
        SequencedMap<String, String> meta = new LinkedHashMap<>();
        meta.put("description", "Buurtbudget Testwijk");
        meta.put("country", "Netherlands");
        meta.put("unit", "Testdorp");
        meta.put("instance", "2026");
        return meta;
    }

    @Test
    void onlyFieldsWithASemicolonQuoteOrLineBreakAreQuoted() {
        String text = new String(PbWriter.toBytes(PbExport.toPbFile(neighbourhoodBudget(), description())),
                StandardCharsets.UTF_8);

        assertThat(text).contains("\n1;6000;\"Speeltuin \"\"De Wip\"\"\";1;Spelen;Oost\n")
                .contains("\n2;2500.5;\"Bankjes; groen\";3;Groen,Ontmoeten;None\n")
                .contains("\n3;3000;Bomen;1;Groen;West\n");
    }

    @Test
    void anExportedElectionReadsBackAsTheSameElection() throws Exception {
        BudgetElection election = neighbourhoodBudget();

        byte[] written = PbWriter.toBytes(PbExport.toPbFile(election, description()));
        PbReadResult read = PbReader.read(written);

        assertThat(read.warnings()).isEmpty();
        assertThat(PbElections.toElection(read.file())).isEqualTo(election);
        assertThat(read.file().meta()).containsEntry("description", "Buurtbudget Testwijk")
                .containsEntry("max_length", "2").containsEntry("budget_per_category", "5000");
    }

    /** Project 2 has 3 votes; 1 and 3 have 1 each, so the cheaper 3 goes first and 1 no longer fits. */
    @Test
    void aResultIsWrittenAsTheSelectedColumnAndTheRuleId() throws Exception {
        BudgetElection election = neighbourhoodBudget();
        BudgetResult result = BudgetRules.compute(election, GreedyRule.BY_VOTES).orElseThrow();

        PbFile file = PbExport.withResult(PbExport.toPbFile(election, description()), result);
        PbFile read = PbReader.read(PbWriter.toBytes(file)).file();

        assertThat(read.meta()).containsEntry("rule", "greedy/votes/v1");
        assertThat(read.projects()).extracting(p -> p.attribute("selected").orElseThrow())
                .containsExactly("0", "1", "1");
    }
}
