package nl.stemwerk.sortition.csv;

import java.util.List;
import java.util.Optional;

/**
 * How to read a pool file.
 *
 * @param idColumn       the column with the volunteer's id; when empty, the first of {@link #ID_COLUMNS} that
 *                       exists, and when none exists the data row number (1, 2, …) becomes the id
 * @param addressColumns the columns that together form the address; when empty, every column named in
 *                       {@link #ADDRESS_COLUMNS}
 */
public record PoolCsvOptions(Optional<String> idColumn, List<String> addressColumns) {
    public static final List<String> ID_COLUMNS =
            List.of("id", "nationbuilder_id", "nummer", "volgnummer", "aanmeldnummer");
    public static final List<String> ADDRESS_COLUMNS = List.of("adres", "straat", "huisnummer", "toevoeging",
            "postcode", "woonplaats", "address", "primary_address1", "primary_address2", "primary_city",
            "primary_zip", "zip", "city");

    public PoolCsvOptions {
        addressColumns = List.copyOf(addressColumns);
    }

    /** Find the id and address columns by their usual names. */
    public static PoolCsvOptions detect() {
        return new PoolCsvOptions(Optional.empty(), List.of());
    }

    public PoolCsvOptions withIdColumn(String column) {
        return new PoolCsvOptions(Optional.of(column), addressColumns);
    }

    public PoolCsvOptions withAddressColumns(List<String> columns) {
        return new PoolCsvOptions(idColumn, columns);
    }
}
