package nl.stemwerk.kieswet.apportionment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One row of {@code cases/abacus_apportionment_cases.csv}: the 36 apportionment vectors from the Kiesraad's
 * Abacus tests.
 */
record ApportionmentCase(int id, String sourceTest, int seats, List<Long> votes, List<Integer> candidates,
                         Set<CandidateId> deceased, List<Integer> lots, List<Integer> expectedSeats, String note) {

    static final String RESOURCE = "/cases/abacus_apportionment_cases.csv";

    static List<ApportionmentCase> all() {
        try (InputStream in = ApportionmentCase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Testbestand " + RESOURCE + " ontbreekt");
            }
            List<ApportionmentCase> cases = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    cases.add(parse(line));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApportionmentCase parse(String line) {
        String[] f = line.split(",", -1);
        List<Long> votes = Arrays.stream(f[3].trim().split(" ")).map(Long::valueOf).toList();
        List<Integer> candidates = f[4].equals("50 each")
                ? votes.stream().map(v -> 50).toList()
                : numbers(f[4]);
        return new ApportionmentCase(Integer.parseInt(f[0]), f[1], Integer.parseInt(f[2]), votes, candidates,
                deceased(f[5]), numbers(f[6]), numbers(f[7]), f[9]);
    }

    private static List<Integer> numbers(String field) {
        return field.isBlank() ? List.of() : Arrays.stream(field.trim().split(" ")).map(Integer::valueOf).toList();
    }

    /** "list 1 candidate 6". */
    private static Set<CandidateId> deceased(String field) {
        Set<CandidateId> deceased = new HashSet<>();
        if (!field.isBlank()) {
            String[] words = field.trim().split(" ");
            deceased.add(new CandidateId(Integer.parseInt(words[1]), Integer.parseInt(words[3])));
        }
        return deceased;
    }

    /** Every list puts all its votes on candidate 1, as the Abacus fixture does. */
    ApportionmentInput input() {
        List<ListInput> lists = new ArrayList<>();
        for (int i = 0; i < votes.size(); i++) {
            long[] candidateVotes = new long[candidates.get(i)];
            candidateVotes[0] = votes.get(i);
            lists.add(ListInput.of(i + 1, candidateVotes));
        }
        return new ApportionmentInput(seats, lists, deceased, List.of());
    }

    @Override
    public String toString() {
        return "case " + id + ": " + sourceTest.substring(sourceTest.lastIndexOf(':') + 1);
    }
}
