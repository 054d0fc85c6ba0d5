package nl.stemwerk.app.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.stemwerk.app.platform.cli.CliOutput;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.platform.cli.StartupProblem;
import nl.stemwerk.app.platform.database.DatabaseConnector;
import nl.stemwerk.app.platform.database.DatabaseOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stemwerk audit verify}: walks the hash chain and reports the first broken link. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Controleer het auditlog.",
        subcommands = AuditCommand.Verify.class)
public class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Loop de hashketen van het auditlog na. Exitcode 0: in orde; 1: keten gebroken.")
    static class Verify implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Mixin
        CliOutput output;

        @Override
        public Integer call() {
            try (DatabaseConnector connector = DatabaseConnector.open(database);
                 Connection connection = connector.settings().connect()) {
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                AuditChain.Verifier verifier = AuditChain.verifier();
                Optional<AuditChain.BrokenLink> broken = walk(connection, verifier);
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("ok", broken.isEmpty());
                result.put("rowsChecked", verifier.checked());
                result.put("headHash", verifier.headHash());
                broken.ifPresent(link -> {
                    result.put("brokenAtSequence", link.sequence());
                    result.put("reason", link.reason());
                });
                output.print(result, broken.isEmpty()
                        ? "Auditlog in orde: " + verifier.checked() + " rijen, laatste hash " + verifier.headHash() + "."
                        : "Auditlog GEBROKEN bij rij " + broken.get().sequence() + ": " + broken.get().reason() + ". "
                                + verifier.checked() + " rijen ervoor zijn in orde.");
                return broken.isEmpty() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
            } catch (SQLException e) {
                throw new StartupProblem(ExitCodes.ENVIRONMENT, "Het auditlog kon niet worden gelezen: " + e.getMessage(), e);
            }
        }

        private static Optional<AuditChain.BrokenLink> walk(Connection connection, AuditChain.Verifier verifier) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select * from audit_log order by sequence")) {
                statement.setFetchSize(1000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry entry = new AuditEntry(rs.getLong("sequence"), rs.getTimestamp("occurred_at").toInstant(),
                                rs.getString("actor"), rs.getString("action"), rs.getString("subject"),
                                rs.getString("details"), rs.getString("previous_hash"), rs.getString("hash"));
                        Optional<AuditChain.BrokenLink> broken = verifier.check(entry);
                        if (broken.isPresent()) {
                            return broken;
                        }
                    }
                }
            } catch (SQLException e) {
                if ("42P01".equals(e.getSQLState())) {
                    throw new StartupProblem(ExitCodes.ENVIRONMENT,
                            "Deze database heeft nog geen auditlog. Start Stemwerk eerst één keer met 'stemwerk serve'.", e);
                }
                throw e;
            }
            return Optional.empty();
        }
    }
}
