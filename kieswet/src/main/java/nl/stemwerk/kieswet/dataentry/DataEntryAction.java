package nl.stemwerk.kieswet.dataentry;

/** The transitions of {@link DataEntryStatus}, one per method, with who takes them. */
public enum DataEntryAction {
    CLAIM_FIRST_ENTRY(Actor.TYPIST, true),
    SAVE_FIRST_ENTRY(Actor.TYPIST, true),
    FINALISE_FIRST_ENTRY(Actor.TYPIST, true),
    DISCARD_FIRST_ENTRY(Actor.TYPIST, true),
    CLAIM_SECOND_ENTRY(Actor.TYPIST, false),
    SAVE_SECOND_ENTRY(Actor.TYPIST, false),
    FINALISE_SECOND_ENTRY(Actor.TYPIST, false),
    DISCARD_SECOND_ENTRY(Actor.TYPIST, false),
    RESUME_FIRST_ENTRY(Actor.COORDINATOR, false),
    DISCARD_FIRST_ENTRY_WITH_ERRORS(Actor.COORDINATOR, false),
    KEEP_FIRST_ENTRY(Actor.COORDINATOR, false),
    KEEP_SECOND_ENTRY(Actor.COORDINATOR, false),
    DISCARD_BOTH_ENTRIES(Actor.COORDINATOR, false),
    CORRECT_FIRST_ENTRY(Actor.COORDINATOR, false),
    CORRECT_SECOND_ENTRY(Actor.COORDINATOR, false),
    RESET(Actor.COORDINATOR, false);

    /** Who takes an action: the typist of the entry, or the coordinator. */
    public enum Actor { TYPIST, COORDINATOR }

    private final Actor actor;
    private final boolean typistsFirstEntry;

    DataEntryAction(Actor actor, boolean typistsFirstEntry) {
        this.actor = actor;
        this.typistsFirstEntry = typistsFirstEntry;
    }

    public Actor actor() {
        return actor;
    }

    /** One of the first typist's own actions, refused once the first entry is finished. */
    boolean typistsFirstEntry() {
        return typistsFirstEntry;
    }
}
