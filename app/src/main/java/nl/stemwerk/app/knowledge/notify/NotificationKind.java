package nl.stemwerk.app.knowledge.notify;

/** Why a team member is notified. */
public enum NotificationKind {
    /** A new question at the information desk ("Nieuwe vraag"). */
    QUESTION,
    /** A question was answered, or its answer improved ("Antwoord"). */
    ANSWER,
    /** The automatic receipt to the one who asked ("Ontvangen"). */
    RECEIPT,
    /** A checklist task was assigned to you ("Taak"). */
    TASK
}
