package nl.stemwerk.app.sortition.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code sortition_assembly}. */
@Repository
class AssemblyRepository {
    private static final String COLUMNS = "id, name, panel_size, one_per_household, categories_name, categories_csv,"
            + " pool_name, pool_csv, lottery_file, result_hash, seed, panel_members, version";
    private final JdbcClient jdbc;

    AssemblyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, int panelSize, boolean onePerHousehold, String categoriesName, String categoriesCsv,
                String poolName, String poolCsv) {
        return jdbc.sql("""
                insert into sortition_assembly (name, panel_size, one_per_household, categories_name, categories_csv,
                    pool_name, pool_csv) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(name, panelSize, onePerHousehold, categoriesName, categoriesCsv, poolName, poolCsv)
                .query(Long.class).single();
    }

    List<StoredAssembly> list() {
        return jdbc.sql("select " + COLUMNS + " from sortition_assembly order by id desc").query(this::row).list();
    }

    Optional<StoredAssembly> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from sortition_assembly where id = ?").param(id).query(this::row)
                .optional();
    }

    void storeLottery(long id, int version, String algorithm, String lotteryFile, String resultHash) {
        check(jdbc.sql("""
                update sortition_assembly set algorithm = ?, lottery_file = ?, result_hash = ?, version = version + 1
                where id = ? and version = ? and seed is null""")
                .params(algorithm, lotteryFile, resultHash, id, version).update(), id);
    }

    private static void check(int rows, long id) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("sortition_assembly " + id + " changed");
        }
    }

    private StoredAssembly row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
        String members = rs.getString("panel_members");
        return new StoredAssembly(rs.getLong("id"), rs.getString("name"), rs.getInt("panel_size"),
                rs.getBoolean("one_per_household"), rs.getString("categories_name"), rs.getString("categories_csv"),
                rs.getString("pool_name"), rs.getString("pool_csv"), Optional.ofNullable(rs.getString("lottery_file")),
                Optional.ofNullable(rs.getString("result_hash")), Optional.ofNullable(rs.getString("seed")),
                members == null ? List.of() : Arrays.asList(members.split("\n")), rs.getInt("version"));
    }
}
