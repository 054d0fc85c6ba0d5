package nl.stemwerk.app.sortition.draw;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code sortition_draw}, {@code sortition_withdrawal} and {@code sortition_replacement_lottery} (V305). */
@Repository
public class DrawRepository {
    private final JdbcClient jdbc;

    DrawRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DrawHistory history(long assemblyId) {
        record Head(String name, String lotteryFile) {
        }
        Head head = jdbc.sql("select name, lottery_file from sortition_assembly where id = ?").param(assemblyId)
                .query((rs, n) -> new Head(rs.getString("name"), rs.getString("lottery_file"))).optional()
                .orElseThrow(() -> InvalidInput.of("assembly", "Dit burgerberaad bestaat niet."));
        List<RecordedDraw> draws = jdbc.sql("""
                select round, seed_method, seed, entered_by, entered_at, result_hash, ticket, members
                from sortition_draw where assembly_id = ? order by round""").param(assemblyId)
                .query(DrawRepository::draw).list();
        List<Withdrawal> withdrawals = jdbc.sql("""
                select round, member_id, reason, recorded_by, recorded_at from sortition_withdrawal
                where assembly_id = ? order by id""").param(assemblyId)
                .query((rs, n) -> new Withdrawal(rs.getInt("round"), rs.getString("member_id"),
                        WithdrawalReason.valueOf(rs.getString("reason")), rs.getString("recorded_by"),
                        instant(rs, "recorded_at"))).list();
        List<ReplacementLottery> lotteries = jdbc.sql("""
                select round, lottery_file, result_hash, computed_by, computed_at
                from sortition_replacement_lottery where assembly_id = ? order by round""").param(assemblyId)
                .query((rs, n) -> new ReplacementLottery(rs.getInt("round"), rs.getString("lottery_file"),
                        rs.getString("result_hash"), rs.getString("computed_by"), instant(rs, "computed_at")))
                .list();
        return new DrawHistory(assemblyId, head.name(), Optional.ofNullable(head.lotteryFile()), draws, withdrawals,
                lotteries);
    }

    /**
     * Stores a draw. Round 0 also fills the assembly's own seed and panel columns, which the existing pages read
     * and which lock the lottery; the update requires them empty, as the primary key refuses a second draw.
     */
    void insertDraw(long assemblyId, RecordedDraw draw) {
        jdbc.sql("""
                insert into sortition_draw (assembly_id, round, seed_method, seed, entered_by, entered_at,
                    result_hash, ticket, members) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(assemblyId, draw.round(), draw.seedMethod().name(), draw.seed(), draw.enteredBy(),
                        Timestamp.from(draw.enteredAt()), draw.resultHash(), draw.ticket(),
                        String.join("\n", draw.members()))
                .update();
        if (draw.round() == 0 && jdbc.sql("""
                update sortition_assembly set seed = ?, panel_members = ?, version = version + 1
                where id = ? and seed is null and result_hash = ?""")
                .params(draw.seed(), String.join("\n", draw.members()), assemblyId, draw.resultHash())
                .update() != 1) {
            throw new OptimisticLockingFailureException("sortition_assembly " + assemblyId + " changed");
        }
    }

    public void insertWithdrawal(long assemblyId, Withdrawal withdrawal) {
        jdbc.sql("""
                insert into sortition_withdrawal (assembly_id, round, member_id, reason, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(assemblyId, withdrawal.round(), withdrawal.memberId(), withdrawal.reason().name(),
                        withdrawal.recordedBy(), Timestamp.from(withdrawal.recordedAt()))
                .update();
    }

    public void insertReplacementLottery(long assemblyId, ReplacementLottery lottery) {
        jdbc.sql("""
                insert into sortition_replacement_lottery (assembly_id, round, lottery_file, result_hash,
                    computed_by, computed_at) values (?, ?, ?, ?, ?, ?)""")
                .params(assemblyId, lottery.round(), lottery.lotteryFile(), lottery.resultHash(),
                        lottery.computedBy(), Timestamp.from(lottery.computedAt()))
                .update();
    }

    private static RecordedDraw draw(ResultSet rs, int rowNum) throws SQLException {
        return new RecordedDraw(rs.getInt("round"), SeedMethod.valueOf(rs.getString("seed_method")),
                rs.getString("seed"), rs.getString("entered_by"), instant(rs, "entered_at"),
                rs.getString("result_hash"), rs.getLong("ticket"),
                Arrays.asList(rs.getString("members").split("\n")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
