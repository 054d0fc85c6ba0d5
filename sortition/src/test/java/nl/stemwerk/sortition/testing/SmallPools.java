package nl.stemwerk.sortition.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stemwerk.sortition.pool.Pool;
import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.quota.Quota;
import nl.stemwerk.sortition.quota.Quotas;

/** Builders for small hand-made pools. */
public final class SmallPools {
    private SmallPools() {
    }

    /**
     * A pool from rows "id:category=value,category=value[@address]".
     */
    public static Pool pool(String... rows) {
        List<Volunteer> volunteers = new ArrayList<>();
        for (String row : rows) {
            String[] idAndRest = row.split(":", 2);
            String[] featuresAndAddress = idAndRest[1].split("@", 2);
            Map<String, String> features = new LinkedHashMap<>();
            for (String pair : featuresAndAddress[0].split(",")) {
                String[] keyValue = pair.split("=", 2);
                features.put(keyValue[0], keyValue[1]);
            }
            volunteers.add(new Volunteer(idAndRest[0], features,
                    featuresAndAddress.length > 1 ? featuresAndAddress[1] : ""));
        }
        return new Pool(volunteers);
    }

    /** Quotas from rows "category=value:min-max". */
    public static Quotas quotas(String... rows) {
        List<Quota> quotas = new ArrayList<>();
        for (String row : rows) {
            String[] labelAndRange = row.split(":", 2);
            String[] categoryValue = labelAndRange[0].split("=", 2);
            String[] range = labelAndRange[1].split("-", 2);
            quotas.add(new Quota(categoryValue[0], categoryValue[1], Integer.parseInt(range[0]),
                    Integer.parseInt(range[1])));
        }
        return new Quotas(quotas);
    }
}
