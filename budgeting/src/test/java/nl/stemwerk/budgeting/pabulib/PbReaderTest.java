package nl.stemwerk.budgeting.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.stemwerk.budgeting.election.VoteType;
import nl.stemwerk.budgeting.money.Money;
import nl.stemwerk.budgeting.testing.SharedData;

class PbReaderTest {

    private static final String HEADER = """
            META
            key;value
            description;Test
            country;Netherlands
            unit;Testdorp
            instance;2026
            rule;greedy
            """;

    /** A small valid approval file; {@code extraMeta} goes into META, {@code votes} replaces the VOTES rows. */
    private static String file(String extraMeta, String votes) {
        return HEADER + extraMeta + """
                num_projects;3
                budget;100
                vote_type;approval
                PROJECTS
                project_id;cost;name
                p1;60;Speeltuin
                p2;40;"Bankjes; groen"
                p3;30;Bomen
                VOTES
                voter_id;vote
                """ + votes;
    }

    private static PbReadResult read(String text) throws PbFormatException {
        return PbReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<PbProblem> errors(String text) {
        PbFormatException failure = catchThrowableOfType(PbFormatException.class, () -> read(text));
        assertThat(failure).as("the file should not be read").isNotNull();
        return failure.problems().stream().filter(PbProblem::isError).toList();
    }

    @Nested
    class PublishedFiles {

        @Test
        void crlfLineEndsAndQuotedNamesWithDoubledQuotesAreRead() {
            PbFile file = SharedData.read("poland_wieliczka_2023_green-budget_v2-crlf.pb");

            assertThat(file.layout().lineEnding()).isEqualTo(PbLayout.LineEnding.CRLF);
            assertThat(file.projects()).filteredOn(p -> p.id().equals("81")).singleElement()
                    .extracting(PbProject::name).asString()
                    .contains("Parku \"Stok pod Baranem\"");
        }

        @Test
        void columnsAreFoundByHeaderNameWhateverTheirOrder() {
            PbFile v1 = SharedData.read("poland_wieliczka_2023_green-budget.pb");
            PbFile v2 = SharedData.read("poland_wieliczka_2023_green-budget_v2-crlf.pb");

            assertThat(v1.projectColumns()).startsWith("project_id", "name", "cost");
            assertThat(v2.projectColumns()).startsWith("project_id", "cost", "votes");
            assertThat(v2.projects()).extracting(PbProject::id, PbProject::cost, PbProject::name)
                    .containsExactlyElementsOf(v1.projects().stream()
                            .map(p -> org.assertj.core.groups.Tuple.tuple(p.id(), p.cost(), p.name())).toList());
        }

        @Test
        void extraProjectColumnsSuchAsCategoryAndNeighbourhoodAreKept() {
            PbFile file = SharedData.read("netherlands_amsterdam_252_.pb");

            PbProject first = file.projects().getFirst();
            assertThat(first.categories()).containsExactly("Groen en Duurzaamheid");
            assertThat(first.neighbourhood()).contains("Other");
            assertThat(file.caps().perNeighbourhood()).containsEntry("Oostelijke Eilanden", Money.ofUnits(150_000));
        }

        @Test
        void cumulativeBallotsKeepTheirPointsNextToTheProjects() {
            PbFile file = SharedData.read("france_toulouse_2019_.pb");

            assertThat(file.voteType()).isEqualTo(VoteType.CUMULATIVE);
            PbVote first = file.votes().getFirst();
            assertThat(first.projectIds()).containsExactly("15", "22", "25", "10");
            assertThat(first.points()).containsExactly(2L, 2L, 2L, 1L);
            assertThat(file.ballotRules().maxSumPoints()).isEqualTo(7);
        }

        @Test
        void ballotsAboveMaxSumCostAreAWarningNotAnError() throws Exception {
            PbReadResult result = PbReader.read(SharedData.bytes("netherlands_amsterdam_252_.pb"));

            assertThat(result.warnings()).extracting(PbProblem::code)
                    .containsExactly(PbProblemCode.BALLOT_COST_OUT_OF_RANGE);
            assertThat(result.warnings().getFirst().message()).contains("max_sum_cost");
        }
    }

    @Test
    void aSmallFileIsReadWithQuotedSemicolonsAndWithoutWarnings() throws Exception {
        PbReadResult result = read(file("", "1;p1,p2\n2;p3\n3;\n").replace("num_projects", "num_votes;3\nnum_projects"));

        assertThat(result.warnings()).isEmpty();
        assertThat(result.file().projects()).extracting(PbProject::name)
                .containsExactly("Speeltuin", "Bankjes; groen", "Bomen");
        assertThat(result.file().votes()).extracting(PbVote::projectIds)
                .containsExactly(List.of("p1", "p2"), List.of("p3"), List.of());
        assertThat(result.file().budget()).isEqualTo(Money.ofUnits(100));
    }

    @Test
    void aByteOrderMarkIsAllowedAndKept() throws Exception {
        byte[] text = file("num_votes;1\n", "1;p1\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        PbFile file = PbReader.read(withBom).file();

        assertThat(file.layout().byteOrderMark()).isTrue();
        assertThat(PbWriter.toBytes(file)).isEqualTo(withBom);
    }

    @Nested
    class Errors {

        @Test
        void aVoteForAnUnknownProjectNamesTheProjectAndTheLine() {
            List<PbProblem> errors = errors(file("num_votes;2\n", "1;p1\n2;p9,p2\n"));

            assertThat(errors).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(PbProblemCode.UNKNOWN_PROJECT);
                assertThat(problem.line()).isEqualTo(20);
                assertThat(problem.dutchText()).isEqualTo("Regel 20: De stem noemt project 'p9', maar dat project "
                        + "staat niet in de lijst met projecten.");
            });
        }

        @Test
        void aNegativeCostIsAnError() {
            List<PbProblem> errors = errors(file("num_votes;1\n", "1;p1\n").replace("p3;30", "p3;-30"));

            assertThat(errors).extracting(PbProblem::code, PbProblem::line)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(PbProblemCode.NEGATIVE_AMOUNT, 16));
            assertThat(errors.getFirst().message()).contains("-30").contains("negatief");
        }

        @Test
        void aBudgetThatOverflowsALongIsAnError() {
            List<PbProblem> errors = errors(file("num_votes;1\n", "1;p1\n")
                    .replace("budget;100", "budget;92233720368547758.08"));

            assertThat(errors).extracting(PbProblem::code).containsExactly(PbProblemCode.AMOUNT_TOO_LARGE);
            assertThat(errors.getFirst().dutchText()).startsWith("Regel 10: budget is 92233720368547758.08");
        }

        @Test
        void theLargestBudgetThatFitsIsRead() throws Exception {
            PbFile file = read(file("num_votes;1\n", "1;p1\n").replace("budget;100", "budget;92233720368547758.07"))
                    .file();

            assertThat(file.budget()).isEqualTo(Money.ofCents(Long.MAX_VALUE));
        }

        @Test
        void aBallotLongerThanMaxLengthIsAnError() {
            List<PbProblem> errors = errors(file("num_votes;2\nmax_length;2\n", "1;p1,p2\n2;p1,p2,p3\n"));

            assertThat(errors).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(PbProblemCode.TOO_MANY_PROJECTS);
                assertThat(problem.line()).isEqualTo(21);
                assertThat(problem.message()).isEqualTo("De stem kiest 3 projecten. Dat mogen er hoogstens 2 zijn.");
            });
        }

        @Test
        void countsInMetaThatDoNotMatchTheDataAreErrors() {
            List<PbProblem> errors = errors(file("num_votes;5\n", "1;p1\n2;p2\n").replace("num_projects;3",
                    "num_projects;4"));

            assertThat(errors).extracting(PbProblem::code).containsExactlyInAnyOrder(
                    PbProblemCode.PROJECT_COUNT_MISMATCH, PbProblemCode.VOTE_COUNT_MISMATCH);
            assertThat(errors).extracting(PbProblem::message).contains(
                    "META zegt num_votes = 5, maar VOTES heeft 2 regels.");
        }

        @Test
        void invalidUtf8IsAnErrorOnItsLine() {
            byte[] text = file("num_votes;1\n", "1;p1\n").getBytes(StandardCharsets.UTF_8);
            String marker = "Bomen";
            int at = new String(text, StandardCharsets.UTF_8).indexOf(marker);
            text[at + 1] = (byte) 0xC3;
            text[at + 2] = (byte) 0x28;

            PbFormatException failure = catchThrowableOfType(PbFormatException.class, () -> PbReader.read(text));

            assertThat(failure.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(PbProblemCode.INVALID_ENCODING);
                assertThat(problem.line()).isEqualTo(16);
                assertThat(problem.message()).contains("UTF-8");
            });
        }

        @Test
        void aRowWithTheWrongNumberOfFieldsHintsAtAnUnquotedSemicolon() {
            List<PbProblem> errors = errors(file("num_votes;1\n", "1;p1\n").replace("\"Bankjes; groen\"",
                    "Bankjes; groen"));

            assertThat(errors).extracting(PbProblem::code).contains(PbProblemCode.WRONG_FIELD_COUNT);
            assertThat(errors.getFirst().message()).contains("Staat er een ; in een tekst zonder \" eromheen?");
        }

        @Test
        void everyErrorIsListedAndNothingIsReturned() {
            String text = file("num_votes;3\n", "1;p1,p1\n1;p2\n3;p4\n");

            assertThatThrownBy(() -> read(text)).isInstanceOf(PbFormatException.class)
                    .hasMessageStartingWith("Het bestand kan niet worden gelezen: 3 fouten.");
            assertThat(errors(text)).extracting(PbProblem::code, PbProblem::line).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(PbProblemCode.DUPLICATE_PROJECT_IN_VOTE, 19),
                    org.assertj.core.groups.Tuple.tuple(PbProblemCode.DUPLICATE_VOTER, 20),
                    org.assertj.core.groups.Tuple.tuple(PbProblemCode.UNKNOWN_PROJECT, 21));
        }

        @Test
        void sectionsMustComeInOrderAndAllBePresent() {
            String noVotes = file("num_votes;0\n", "").replace("VOTES\nvoter_id;vote\n", "");
            String swapped = HEADER + "PROJECTS\nproject_id;cost\n";

            assertThat(errors(noVotes)).extracting(PbProblem::code).containsExactly(PbProblemCode.MISSING_SECTION);
            assertThat(errors(swapped)).extracting(PbProblem::code).contains(PbProblemCode.MISSING_SECTION);
            assertThat(errors("PROJECTS\nproject_id;cost\nMETA\nkey;value\n")).extracting(PbProblem::code)
                    .contains(PbProblemCode.SECTION_OUT_OF_ORDER);
        }

        @Test
        void aProjectVotesColumnThatDisagreesWithTheBallotsIsAnError() {
            String text = file("num_votes;1\n", "1;p1\n").replace("project_id;cost;name", "project_id;cost;name;votes")
                    .replace("Speeltuin", "Speeltuin;1").replace("groen\"", "groen\";0").replace("Bomen", "Bomen;7");

            assertThat(errors(text)).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo(PbProblemCode.PROJECT_VOTES_MISMATCH);
                assertThat(problem.message()).isEqualTo("Project 'p3' heeft votes = 7, maar in VOTES zijn het er 0.");
            });
        }

        @Test
        void pointsOutsideTheLimitsAreErrors() {
            String text = HEADER + """
                    num_projects;2
                    num_votes;2
                    budget;100
                    vote_type;cumulative
                    max_points;3
                    max_sum_points;4
                    PROJECTS
                    project_id;cost
                    a;10
                    b;20
                    VOTES
                    voter_id;vote;points
                    1;a,b;3,1
                    2;a,b;4,1
                    """;

            assertThat(errors(text)).extracting(PbProblem::code).containsExactly(
                    PbProblemCode.POINTS_OUT_OF_RANGE, PbProblemCode.POINTS_TOTAL_OUT_OF_RANGE);
        }

        @Test
        void aMissingBudgetIsAnError() {
            assertThat(errors(file("num_votes;1\n", "1;p1\n").replace("budget;100\n", "")))
                    .extracting(PbProblem::code, PbProblem::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(PbProblemCode.MISSING_META_KEY,
                            "META mist 'budget'."));
        }
    }
}
