package nl.stemwerk.eml.stations;

import java.io.OutputStream;

import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.internal.CommonElements;
import nl.stemwerk.eml.internal.EmlXmlWriter;
import nl.stemwerk.eml.internal.Namespaces;
import nl.stemwerk.eml.internal.ReportingUnitTypes;
import nl.stemwerk.kieswet.election.PollingStation;

/** Writes an EML_NL 110b that passes the strict schema. */
public final class PollingStationListWriter {
    private PollingStationListWriter() {
    }

    /** Writes the file to the caller's stream, which stays open. */
    public static void write(PollingStationList list, OutputStream out) {
        EmlXmlWriter xml = EmlXmlWriter.startElection(out, EmlMessageType.POLLING_STATIONS, list.header(),
                list.election());
        xml.start(Namespaces.EML, "Contest");
        CommonElements.writeContest(xml, list.contest());
        xml.start(Namespaces.EML, "ReportingUnit");
        xml.start(Namespaces.EML, "ReportingUnitIdentifier");
        xml.attribute("Id", list.municipality().id());
        xml.text(list.municipality().name());
        xml.end();
        xml.end();
        xml.element(Namespaces.EML, "VotingMethod", "SPV");
        if (list.maxVotes().isPresent() && list.maxVotes().getAsLong() > 0) {
            xml.element(Namespaces.EML, "MaxVotes", Long.toString(list.maxVotes().getAsLong()));
        } else {
            xml.empty(Namespaces.EML, "MaxVotes");
        }
        for (PollingStation station : list.stations()) {
            writeStation(xml, station);
        }
        xml.end();
        xml.endElection();
    }

    private static void writeStation(EmlXmlWriter xml, PollingStation station) {
        xml.start(Namespaces.EML, "PollingPlace");
        xml.attribute("Channel", "polling");
        xml.start(Namespaces.EML, "PhysicalLocation");
        xml.start(Namespaces.EML, "Address");
        xml.start(Namespaces.EML, "Locality");
        xml.element(Namespaces.XAL, "LocalityName", station.name());
        if (!station.postcode().isEmpty()) {
            xml.start(Namespaces.XAL, "PostalCode");
            xml.element(Namespaces.XAL, "PostalCodeNumber", station.postcode());
            xml.end();
        }
        xml.end();
        xml.end();
        xml.start(Namespaces.EML, "PollingStation");
        xml.attribute("Id", Integer.toString(station.number()));
        xml.text(Long.toString(station.numberOfVoters().orElse(0)));
        xml.end();
        xml.element(Namespaces.KR, "ReportingUnitType", ReportingUnitTypes.toEml(station.type()));
        xml.end();
        xml.end();
    }
}
