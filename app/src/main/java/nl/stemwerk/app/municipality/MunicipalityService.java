package nl.stemwerk.app.municipality;

import java.util.List;
import java.util.Map;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality that runs this installation, other municipalities, and their polling stations. */
@Service
public class MunicipalityService {
    private final MunicipalityRepository repository;
    private final ChangeService changes;
    private volatile String homeName;

    public MunicipalityService(MunicipalityRepository repository, ChangeService changes) {
        this.repository = repository;
        this.changes = changes;
    }

    /** The name shown in every page header; "Stemwerk" until a municipality is set up. */
    public String homeName() {
        String name = homeName;
        if (name == null) {
            name = repository.home().map(Municipality::name).orElse(null);
            homeName = name;
        }
        return name == null ? "Stemwerk" : name;
    }

    public java.util.Optional<Municipality> home() {
        return repository.home();
    }

    public List<Municipality> all() {
        return repository.all();
    }

    public List<PollingStationRow> stations(Municipality municipality) {
        return repository.stations(municipality.id());
    }

    /** Adds a municipality with its polling stations in one audited transaction. */
    @Transactional
    public Municipality register(String cbsCode, String name, boolean home, List<NewPollingStation> stations) {
        long id = changes.applyAsSystem(new Change("gemeente.toegevoegd", "gemeente:" + cbsCode,
                        Map.of("cbsCode", cbsCode, "naam", name, "thuisgemeente", home, "stembureaus", stations.size())),
                () -> repository.insert(cbsCode, name, home));
        for (NewPollingStation station : stations) {
            changes.applyAsSystem(new Change("stembureau.toegevoegd", "stembureau:" + cbsCode + "-" + station.number(), station),
                    () -> repository.insertStation(id, station.number(), station.name(), station.postcode(),
                            station.type()));
        }
        homeName = null;
        return new Municipality(id, cbsCode, name, home);
    }

    /**
     * The municipality's station with this number; when it has none yet, it is added (audited, in the caller's
     * transaction). Returns the station's id.
     */
    @Transactional
    public long stationFor(Municipality municipality, NewPollingStation station) {
        return repository.stations(municipality.id()).stream().filter(s -> s.number() == station.number())
                .map(PollingStationRow::id).findFirst()
                .orElseGet(() -> changes.apply(new Change("stembureau.toegevoegd",
                                "stembureau:" + municipality.cbsCode() + "-" + station.number(), station),
                        () -> repository.insertStation(municipality.id(), station.number(), station.name(),
                                station.postcode(), station.type())));
    }

    /** A polling station to register: number, name, postcode ("6658 AG" or empty), type regulier/bijzonder/mobiel. */
    public record NewPollingStation(int number, String name, String postcode, String type) {
    }
}
