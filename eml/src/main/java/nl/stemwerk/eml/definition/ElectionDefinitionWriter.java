package nl.stemwerk.eml.definition;

import java.io.OutputStream;

import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.internal.CommonElements;
import nl.stemwerk.eml.internal.EmlXmlWriter;
import nl.stemwerk.eml.internal.Namespaces;

/** Writes an EML_NL 110a that passes the strict schema. */
public final class ElectionDefinitionWriter {
    private ElectionDefinitionWriter() {
    }

    /** Writes the file to the caller's stream, which stays open. */
    public static void write(ElectionDefinition definition, OutputStream out) {
        EmlXmlWriter xml = EmlXmlWriter.startElection(out, EmlMessageType.ELECTION_DEFINITION, definition.header(),
                definition.election());
        xml.start(Namespaces.EML, "Contest");
        CommonElements.writeContest(xml, definition.contest());
        xml.element(Namespaces.EML, "VotingMethod", "SPV");
        // Empty, as in the Kiesraad's own 110a files: the schema then gives MaxVotes its default.
        xml.empty(Namespaces.EML, "MaxVotes");
        xml.end();
        xml.element(Namespaces.KR, "NumberOfSeats", Integer.toString(definition.numberOfSeats()));
        xml.element(Namespaces.KR, "PreferenceThreshold", Integer.toString(definition.preferenceThreshold()));
        xml.start(Namespaces.KR, "ElectionTree");
        for (Region region : definition.electionTree()) {
            writeRegion(xml, region);
        }
        xml.end();
        xml.start(Namespaces.KR, "RegisteredParties");
        for (String party : definition.registeredParties()) {
            xml.start(Namespaces.KR, "RegisteredParty");
            xml.element(Namespaces.KR, "RegisteredAppellation", party);
            xml.end();
        }
        xml.end();
        xml.endElection();
    }

    private static void writeRegion(EmlXmlWriter xml, Region region) {
        xml.start(Namespaces.KR, "Region");
        if (!region.number().isEmpty()) {
            xml.attribute("RegionNumber", region.number());
        }
        xml.attribute("RegionCategory", region.category());
        if (!region.superiorNumber().isEmpty()) {
            xml.attribute("SuperiorRegionNumber", region.superiorNumber());
        }
        if (!region.superiorCategory().isEmpty()) {
            xml.attribute("SuperiorRegionCategory", region.superiorCategory());
        }
        xml.element(Namespaces.KR, "RegionName", region.name());
        for (String committee : region.committees()) {
            xml.empty(Namespaces.KR, "Committee");
            xml.attribute("CommitteeCategory", committee);
        }
        xml.end();
    }
}
