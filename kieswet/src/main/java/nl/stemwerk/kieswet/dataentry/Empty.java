package nl.stemwerk.kieswet.dataentry;

/** Nothing entered yet. */
public record Empty() implements DataEntryStatus {
    @Override
    public DataEntryStatusName name() {
        return DataEntryStatusName.EMPTY;
    }
}
