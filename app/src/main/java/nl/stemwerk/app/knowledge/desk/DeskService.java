package nl.stemwerk.app.knowledge.desk;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.stemwerk.app.knowledge.KnowledgeTime;
import nl.stemwerk.app.knowledge.PublicAddress;
import nl.stemwerk.app.knowledge.notify.NotificationKind;
import nl.stemwerk.app.knowledge.notify.NotificationService;
import nl.stemwerk.app.knowledge.search.DeskAnswerSource;
import nl.stemwerk.app.knowledge.search.KnowledgeLinks;
import nl.stemwerk.app.knowledge.search.KnowledgeSearch;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.security.StemwerkUser;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.knowledge.model.Topic;
import nl.stemwerk.knowledge.search.DeskAnswer;
import nl.stemwerk.knowledge.search.DocumentKind;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The information desk ("informatiepunt"): a team member asks, an expert answers, and the whole team sees every
 * question and answer and is notified together. Answers are searchable next to the content until they become a FAQ
 * entry. The one who asks gets an automatic receipt, except in the last two weeks before election day.
 */
@Service
public class DeskService implements DeskAnswerSource {
    public static final String RECEIPT = "Uw vraag is ontvangen. Wij beantwoorden uw vraag binnen twee werkdagen.";

    private final DeskRepository desk;
    private final NotificationService notifications;
    private final ElectionDays electionDays;
    private final KnowledgeSearch search;
    private final ChangeService changes;
    private final Clock clock;

    DeskService(DeskRepository desk, NotificationService notifications, ElectionDays electionDays,
                KnowledgeSearch search, ChangeService changes, Clock clock) {
        this.desk = desk;
        this.notifications = notifications;
        this.electionDays = electionDays;
        this.search = search;
        this.changes = changes;
        this.clock = clock;
    }

    public List<DeskQuestion> all() {
        return desk.all();
    }

    public Optional<DeskQuestion> find(long id) {
        return desk.find(id);
    }

    /** Whether today is in the last two weeks before an election day Stemwerk knows. */
    public boolean inQuietPeriod() {
        return QuietPeriod.covers(KnowledgeTime.today(clock), electionDays.all());
    }

    /** A team member's question; the team is notified, the asker gets a receipt outside the quiet period. */
    @Transactional
    public long ask(StemwerkUser asker, String title, String details, String topic) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String question = title == null ? "" : title.strip();
        if (question.length() < 5 || question.length() > 300) {
            problems.add("title", "Schrijf uw vraag in één zin van 5 tot 300 tekens.");
        }
        String context = details == null ? "" : details.strip();
        if (context.length() > 10_000) {
            problems.add("details", "De toelichting is te lang (hoogstens 10.000 tekens).");
        }
        Topic about = topic(topic, problems);
        problems.throwIfAny();
        boolean receipt = !inQuietPeriod();
        long id = desk.insertQuestion(asker.username(), question, context, about, receipt);
        String link = KnowledgeLinks.of(DocumentKind.DESK_ANSWER, String.valueOf(id));
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("vraag", question);
        audit.put("onderwerp", about.name());
        audit.put("ontvangstbericht", receipt);
        changes.apply(new Change("informatiepunt.vraag-gesteld", "vraag:" + id, audit), () -> {
            notifications.notifyTeam(new NotificationService.Message(NotificationKind.QUESTION,
                    "Nieuwe vraag: " + question, link, asker.displayName() + " stelde een vraag aan het"
                    + " informatiepunt:\n\n" + question + "\n\n" + (context.isEmpty() ? "" : context + "\n\n")
                    + "Bekijk de vraag: " + PublicAddress.of(link)), Set.of(asker.username()));
            if (receipt) {
                notifications.notifyUser(asker.username(), new NotificationService.Message(NotificationKind.RECEIPT,
                        "Ontvangen: " + question, link, RECEIPT + "\n\nUw vraag: " + question
                        + "\n\nBekijk uw vraag: " + PublicAddress.of(link)));
            }
        });
        return id;
    }

    /**
     * An expert's answer, or a better version of it.
     *
     * @param basedOn the answer version the expert saw: 0 for the first answer
     */
    @Transactional
    public void answer(StemwerkUser expert, long questionId, int basedOn, String text) {
        DeskQuestion question = existing(questionId);
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty() || answer.length() > 20_000) {
            throw InvalidInput.of("answer", "Schrijf een antwoord van hoogstens 20.000 tekens.");
        }
        if (question.answerVersion() != basedOn) {
            throw new OptimisticLockingFailureException("answer of " + questionId + " is no longer at " + basedOn);
        }
        int version = basedOn + 1;
        String link = KnowledgeLinks.of(DocumentKind.DESK_ANSWER, String.valueOf(questionId));
        changes.apply(new Change(version == 1 ? "informatiepunt.vraag-beantwoord" : "informatiepunt.antwoord-verbeterd",
                "vraag:" + questionId, Map.of("versie", version)), () -> {
                    desk.insertAnswer(questionId, version, answer, expert.username());
                    notifications.notifyTeam(new NotificationService.Message(NotificationKind.ANSWER,
                            (version == 1 ? "Antwoord: " : "Antwoord verbeterd: ") + question.title(), link,
                            expert.displayName() + " beantwoordde de vraag van " + question.askedByName() + ":\n\n"
                            + question.title() + "\n\n" + answer + "\n\nBekijk het antwoord: "
                            + PublicAddress.of(link)), Set.of(expert.username()));
                });
        afterCommit(() -> desk.find(questionId).flatMap(DeskService::searchable).ifPresent(search::put));
    }

    /** Links a question to the FAQ entry an editor made of it; its desk answer then leaves the search index. */
    @Transactional
    public void madeIntoFaq(long questionId, String faqId) {
        existing(questionId);
        changes.apply(new Change("informatiepunt.vraag-naar-faq", "vraag:" + questionId, Map.of("faq", faqId)),
                () -> desk.linkFaq(questionId, faqId, ChangeService.currentActor()));
        afterCommit(() -> search.removeDeskAnswer(String.valueOf(questionId)));
    }

    @Override
    public List<DeskAnswer> publishedAnswers() {
        return desk.published().stream().flatMap(q -> searchable(q).stream()).toList();
    }

    private static Optional<DeskAnswer> searchable(DeskQuestion question) {
        if (question.faqId().isPresent()) {
            return Optional.empty();
        }
        return question.answer().map(a -> new DeskAnswer(String.valueOf(question.id()), question.title(), a.text(),
                question.topic(), List.of(), a.answeredAt().atZone(KnowledgeTime.ZONE).toLocalDate()));
    }

    private DeskQuestion existing(long id) {
        return desk.find(id).orElseThrow(() -> InvalidInput.of("question", "Deze vraag bestaat niet."));
    }

    private static Topic topic(String name, InvalidInput.Collector problems) {
        try {
            return Topic.valueOf(name == null ? "" : name.trim());
        } catch (IllegalArgumentException e) {
            problems.add("topic", "Kies het onderwerp van uw vraag.");
            return Topic.ORGANISATION_AND_PLANNING;
        }
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
