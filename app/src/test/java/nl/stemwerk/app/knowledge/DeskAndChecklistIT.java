package nl.stemwerk.app.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.stemwerk.app.knowledge.checklist.ChecklistService;
import nl.stemwerk.app.knowledge.checklist.ChecklistService.TaskView;
import nl.stemwerk.app.knowledge.checklist.ScheduleForm;
import nl.stemwerk.app.knowledge.desk.DeskService;
import nl.stemwerk.app.knowledge.mail.MailDelivery;
import nl.stemwerk.app.knowledge.mail.MailOutbox;
import nl.stemwerk.app.knowledge.mail.MailSettingsService;
import nl.stemwerk.app.knowledge.notify.Notification;
import nl.stemwerk.app.knowledge.notify.NotificationKind;
import nl.stemwerk.app.knowledge.notify.NotificationService;
import nl.stemwerk.app.platform.security.StemwerkUser;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.knowledge.checklist.CalendarOptions;
import nl.stemwerk.knowledge.checklist.TaskState;
import nl.stemwerk.knowledge.model.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The information desk with in-app and e-mail notifications (to an SMTP server in this JVM), and checklists. */
@StemwerkSpringTest
class DeskAndChecklistIT {
    @Autowired
    DeskService desk;
    @Autowired
    NotificationService notifications;
    @Autowired
    MailSettingsService mailSettings;
    @Autowired
    MailOutbox outbox;
    @Autowired
    ChecklistService checklists;
    @Autowired
    UserDetailsService users;

    private GreenMail smtp;

    @BeforeEach
    void startSmtpServer() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        mailSettings.save(new MailSettingsService.Form("localhost", String.valueOf(smtp.getSmtp().getPort()),
                "verkiezingen@westmaasenwaal.nl", "NONE", "", "", true, true));
    }

    @AfterEach
    void stopSmtpServer() {
        smtp.stop();
    }

    @Test
    void theWholeTeamIsNotifiedOfAQuestionAndItsAnswerInTheAppAndByEmail() throws Exception {
        StemwerkUser asker = user("invoerder1");
        StemwerkUser member = user("gsb-lid");
        StemwerkUser expert = user("coordinator");
        notifications.changeAddress(member, "gsb-lid@westmaasenwaal.nl");
        notifications.changeAddress(expert, "coordinator@westmaasenwaal.nl");

        long id = desk.ask(asker, "Mag een stembureaulid tijdens de telling een pauze nemen?", "",
                Topic.COUNT.name());
        assertThat(smtp.waitForIncomingEmail(15_000, 2)).isTrue();
        assertThat(notifications.of(member)).extracting(Notification::title)
                .contains("Nieuwe vraag: Mag een stembureaulid tijdens de telling een pauze nemen?");
        assertThat(notifications.unread(member)).isPositive();

        desk.answer(expert, id, 0, "Ja, als er **altijd drie leden** aanwezig blijven.");
        assertThat(smtp.waitForIncomingEmail(15_000, 3)).isTrue();
        List<String> mails = Arrays.stream(smtp.getReceivedMessages()).map(DeskAndChecklistIT::describe).toList();
        assertThat(mails).contains(
                "gsb-lid@westmaasenwaal.nl|[Stemwerk] Nieuwe vraag: Mag een stembureaulid tijdens de telling een pauze nemen?",
                "coordinator@westmaasenwaal.nl|[Stemwerk] Nieuwe vraag: Mag een stembureaulid tijdens de telling een pauze nemen?",
                "gsb-lid@westmaasenwaal.nl|[Stemwerk] Antwoord: Mag een stembureaulid tijdens de telling een pauze nemen?");
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[2])).contains("altijd drie leden");
        assertThat(desk.find(id).orElseThrow().answered()).isTrue();
        assertThatThrownBy(() -> desk.answer(expert, id, 0, "Nog een keer"))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void inTheLastTwoWeeksBeforeAKnownElectionDayTheAskerGetsNoTwoWorkingDaysReceipt() {
        StemwerkUser asker = user("griffie");
        long before = receipts(asker);
        desk.ask(asker, "Wanneer is de installatie van de nieuwe raad?", "", Topic.PUBLICATION_AND_DEADLINES.name());
        assertThat(receipts(asker)).isEqualTo(before + 1);

        LocalDate day = LocalDate.now(KnowledgeTime.ZONE).plusDays(7);
        checklists.start("script-zitting-gsb", null, new ScheduleForm("AB" + day.getYear(),
                day.minusDays(44).toString(), day.toString(), day.plusDays(1).toString(), day.plusDays(5).toString()));
        assertThat(desk.inQuietPeriod()).isTrue();
        desk.ask(asker, "Waar liggen de reservesleutels van het stembureau?", "", Topic.POLLING_STATIONS.name());
        assertThat(receipts(asker)).isEqualTo(before + 1);
    }

    private long receipts(StemwerkUser user) {
        return notifications.of(user).stream().filter(n -> n.kind() == NotificationKind.RECEIPT).count();
    }

    @Test
    void aQuestionWithoutTextOrTopicIsRefusedInDutch() {
        assertThatThrownBy(() -> desk.ask(user("invoerder1"), "?", "", "GEEN"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldMessages()).containsKeys("title", "topic"));
    }

    @Test
    void theSmtpPasswordIsNeverInTheRecordedProblem() {
        mailSettings.save(new MailSettingsService.Form("localhost", "1", "verkiezingen@westmaasenwaal.nl", "NONE",
                "stemwerk", "Geheim-wachtwoord-123", false, true));
        MailDelivery delivery = outbox.send(new MailOutbox.Mail("iemand@westmaasenwaal.nl", "Test", "Test"));
        assertThat(delivery.sent()).isFalse();
        assertThat(delivery.problem()).isNotBlank().doesNotContain("Geheim-wachtwoord-123");
    }

    @Test
    void aChecklistForAnElectionEnteredByHandHasRealDeadlinesLateTasksTickingAndACalendar() {
        int year = ThreadLocalRandom.current().nextInt(1960, 2020);
        long id = checklists.start("script-zitting-gsb", null, new ScheduleForm("GR" + year, year + "-02-01",
                year + "-03-16", year + "-03-17", year + "-03-21"));
        List<TaskView> tasks = checklists.view(id).tasks();
        assertThat(tasks).isNotEmpty().allSatisfy(t -> assertThat(t.late()).isTrue());
        TaskView first = tasks.getFirst();
        assertThat(checklists.late()).anySatisfy(l -> assertThat(l.instance().id()).isEqualTo(id));

        checklists.assign(id, first.task().id(), first.status().version(), "gsb-voorzitter");
        assertThat(notifications.of(user("gsb-voorzitter"))).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.TASK);
            assertThat(n.link()).startsWith("/kennisbank/takenlijsten/" + id + "#taak-");
        });
        var done = checklists.complete(id, first.task().id(), first.status().version() + 1);
        assertThat(done.state()).isEqualTo(TaskState.DONE);
        assertThat(done.changedBy()).isEqualTo("systeem");
        assertThat(done.changedAt()).isNotNull();
        assertThat(done.assignee()).isEqualTo("gsb-voorzitter");
        assertThat(checklists.late()).noneSatisfy(l -> {
            assertThat(l.instance().id()).isEqualTo(id);
            assertThat(l.task().task().id()).isEqualTo(first.task().id());
        });
        assertThatThrownBy(() -> checklists.complete(id, first.task().id(), first.status().version()))
                .isInstanceOf(OptimisticLockingFailureException.class);

        String calendar = checklists.calendar(id, CalendarOptions.Kind.TODO);
        assertThat(calendar).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VTODO").contains("STATUS:COMPLETED");
        assertThatThrownBy(() -> checklists.start("script-zitting-gsb", null, new ScheduleForm("GR" + year,
                year + "-02-01", year + "-03-16", year + "-03-17", year + "-03-21")))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void theAnchorDaysAreTakenFromTheElectionInStemwerk() {
        long demo = checklists.instances().stream().filter(i -> i.electionId() != null).findFirst().orElseThrow()
                .electionId();
        ScheduleForm proposed = checklists.proposeFrom(demo);
        assertThat(proposed.edition()).isEqualTo("GR2022");
        assertThat(proposed.electionDay()).isEqualTo("2022-03-16");
    }

    private StemwerkUser user(String username) {
        return (StemwerkUser) users.loadUserByUsername(username);
    }

    private static String describe(MimeMessage message) {
        try {
            return message.getAllRecipients()[0] + "|" + message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
