package nl.stemwerk.kieswet.apportionment.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nl.stemwerk.kieswet.apportionment.Apportionment;
import nl.stemwerk.kieswet.apportionment.ApportionmentInput;
import nl.stemwerk.kieswet.apportionment.ApportionmentOutcome;
import nl.stemwerk.kieswet.apportionment.CandidateId;
import nl.stemwerk.kieswet.apportionment.ListInput;

/** The 36 Abacus vectors as inputs with their lots already drawn, for the benchmark. */
final class AbacusCaseInputs {
    private AbacusCaseInputs() {
    }

    static List<ApportionmentInput> withLotsDrawn() {
        try (InputStream in = AbacusCaseInputs.class.getResourceAsStream("/cases/abacus_apportionment_cases.csv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            List<ApportionmentInput> inputs = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                inputs.add(drawLots(parse(line.split(",", -1))));
            }
            return inputs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case parse(String[] f) {
        long[] votes = Arrays.stream(f[3].trim().split(" ")).mapToLong(Long::parseLong).toArray();
        List<ListInput> lists = new ArrayList<>();
        for (int i = 0; i < votes.length; i++) {
            int candidates = f[4].equals("50 each") ? 50 : Integer.parseInt(f[4].trim().split(" ")[i]);
            long[] candidateVotes = new long[candidates];
            candidateVotes[0] = votes[i];
            lists.add(ListInput.of(i + 1, candidateVotes));
        }
        Set<CandidateId> deceased = f[5].isBlank() ? Set.of() : Set.of(new CandidateId(
                Integer.parseInt(f[5].split(" ")[1]), Integer.parseInt(f[5].split(" ")[3])));
        List<Integer> lots = f[6].isBlank() ? List.of()
                : Arrays.stream(f[6].trim().split(" ")).map(Integer::valueOf).toList();
        return new Case(new ApportionmentInput(Integer.parseInt(f[2]), lists, deceased, List.of()), lots);
    }

    private static ApportionmentInput drawLots(Case c) {
        ApportionmentInput input = c.input();
        Iterator<Integer> lots = c.lots().iterator();
        ApportionmentOutcome outcome = Apportionment.apportion(input);
        while (outcome instanceof ApportionmentOutcome.DrawingOfLotsRequired required) {
            input = input.withLot(required.drawing().decide(lots.next()));
            outcome = Apportionment.apportion(input);
        }
        return input;
    }

    private record Case(ApportionmentInput input, List<Integer> lots) {
    }
}
