package nl.stemwerk.app.budget.counting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import nl.stemwerk.app.budget.Budget;
import nl.stemwerk.app.budget.voting.BallotRepository.StoredBallot;
import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.pabulib.PbExport;
import nl.stemwerk.budgeting.pabulib.PbFile;
import nl.stemwerk.budgeting.pabulib.PbVote;
import nl.stemwerk.budgeting.pabulib.PbWriter;
import nl.stemwerk.budgeting.rule.BudgetResult;

/**
 * The anonymised data of a burgerbegroting as a pabulib {@code .pb} file: projects, and per ballot only its
 * pseudonym, its projects and whether it came in online or on paper ({@code voting_method}). With the result it also
 * carries the rule id ({@code rule}), the lot's seed ({@code lot_seed}) and {@code selected}, so that
 * {@code stemwerk pb run} recomputes it exactly.
 */
public final class BudgetExports {
    private static final DateTimeFormatter PB_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private BudgetExports() {
    }

    /** The input of the count, without result. */
    public static PbFile input(Budget budget, String municipality, BudgetElection election, List<StoredBallot> ballots) {
        SequencedMap<String, String> meta = new LinkedHashMap<>();
        meta.put("description", budget.name());
        meta.put("country", "Netherlands");
        meta.put("unit", municipality);
        meta.put("language", "nl");
        putDate(meta, "date_begin", budget.settings().dates().votingOpens());
        putDate(meta, "date_end", budget.settings().dates().votingCloses());
        PbFile file = PbExport.toPbFile(election, meta);
        Map<String, String> channels = new LinkedHashMap<>();
        ballots.forEach(b -> channels.put(b.voterRef(), b.channel().pbName()));
        List<PbVote> votes = new ArrayList<>(file.votes().size());
        for (PbVote vote : file.votes()) {
            votes.add(new PbVote(vote.voterId(), vote.projectIds(), vote.points(),
                    Map.of("voting_method", channels.get(vote.voterId()))));
        }
        List<String> columns = new ArrayList<>(file.voteColumns());
        columns.add("voting_method");
        return new PbFile(file.meta(), file.projectColumns(), file.projects(), columns, votes, file.layout());
    }

    /** The input with the result, the rule and the lot's seed. */
    public static PbFile withResult(PbFile input, BudgetResult result, String lotSeed) {
        PbFile decided = PbExport.withResult(input, result);
        SequencedMap<String, String> meta = new LinkedHashMap<>(decided.meta());
        meta.put("lot_seed", lotSeed);
        return new PbFile(meta, decided.projectColumns(), decided.projects(), decided.voteColumns(), decided.votes(),
                decided.layout());
    }

    public static byte[] bytes(PbFile file) {
        return PbWriter.toBytes(file);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The result per project as CSV (semicolons, UTF-8 with byte order mark, so Dutch Excel opens it). */
    public static byte[] csv(StoredCount count) {
        StringBuilder out = new StringBuilder("\uFEFFnummer;naam;buurt;thema;kosten;stemmen;gekozen;volgorde;uitleg\r\n");
        for (StoredCount.CountedProject p : count.projects()) {
            out.append(cell(p.project().code())).append(';').append(cell(p.project().name())).append(';')
                    .append(cell(p.project().area() == null ? "" : p.project().area())).append(';')
                    .append(cell(String.join(",", p.project().categories()))).append(';')
                    .append(p.project().cost().toPlainString().replace('.', ',')).append(';')
                    .append(p.votes()).append(';').append(p.selected() ? "ja" : "nee").append(';')
                    .append(p.rank() == null ? "" : p.rank()).append(';').append(cell(p.explanation()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        boolean quote = value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@");
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value;
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static void putDate(Map<String, String> meta, String key, LocalDate date) {
        if (date != null) {
            meta.put(key, PB_DATE.format(date));
        }
    }
}
