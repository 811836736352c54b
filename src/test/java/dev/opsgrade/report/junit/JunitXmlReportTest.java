package dev.opsgrade.report.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import dev.opsgrade.report.Estates;
import dev.opsgrade.report.GoldenFiles;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.EstateBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML against the Jenkins xUnit junit-10.xsd, and how each status reads in it. */
class JunitXmlReportTest {
  static final Path XSD = Path.of("src/test/resources/schema/junit-10.xsd");
  private final JunitXmlReport report = new JunitXmlReport(Catalogue.standard());

  static Stream<Assessment> assessments() {
    return Stream.of(
        Estates.firstAssessment(), Estates.gradeFell(), Estates.productionReady(), hostile());
  }

  @ParameterizedTest
  @MethodSource("assessments")
  void validatesAgainstTheJunitSchema(Assessment assessment) throws Exception {
    Schema schema =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(XSD.toFile());

    schema.newValidator().validate(new StreamSource(new StringReader(report.render(assessment))));
  }

  @Test
  void matchesItsGoldenCopy() throws IOException {
    GoldenFiles.assertMatches("grade-fell.junit.xml", report.render(Estates.gradeFell()));
  }

  @Test
  void everyFindingIsATestCaseAndEachStatusReadsAsCiExpects() throws Exception {
    Assessment assessment = Estates.gradeFell();
    Document xml = parse(report.render(assessment));

    Element root = xml.getDocumentElement();
    assertThat(root.getAttribute("tests")).isEqualTo("" + assessment.findings().size());
    assertThat(root.getAttribute("failures"))
        .isEqualTo("" + count(assessment, Status.FAIL, Status.WARN));
    assertThat(root.getAttribute("errors")).isEqualTo("" + count(assessment, Status.UNVERIFIED));
    assertThat(xml.getElementsByTagName("testsuite").getLength())
        .isEqualTo(assessment.categories().size());
    assertThat(xml.getElementsByTagName("skipped").getLength())
        .isEqualTo(count(assessment, Status.WAIVED, Status.NOT_APPLICABLE));

    Element portainer = testCase(xml, "sec.public-binding", "master/portainer");
    Element failure = (Element) portainer.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("FAIL");
    assertThat(failure.getAttribute("message")).startsWith("9443/tcp published on 0.0.0.0");
    assertThat(failure.getTextContent())
        .contains("location: stacks/master/docker-compose.yml:57")
        .contains("fix: Publish it as 127.0.0.1:9443:9443");

    Element unverified = testCase(xml, "sec.git-secrets", "../lady-config");
    assertThat(((Element) unverified.getElementsByTagName("error").item(0)).getAttribute("message"))
        .contains("could not be opened");

    Element waived = testCase(xml, "sec.docker-socket", "master/traefik");
    assertThat(((Element) waived.getElementsByTagName("skipped").item(0)).getAttribute("message"))
        .contains("waived until 2027-01-31, approved by j.doe");
  }

  @Test
  void hostileTextStaysInsideItsAttributeOrElement() throws Exception {
    Document xml = parse(report.render(hostile()));

    Element hostile = testCase(xml, "sec.public-binding", HOSTILE_SUBJECT_PARSED);
    assertThat(((Element) hostile.getElementsByTagName("failure").item(0)).getAttribute("message"))
        .isEqualTo("a \"quoted\" <b>bold</b> ]]> \uFFFD\n\t\uD83D\uDE80 line");
  }

  private static final String HOSTILE_SUBJECT = "svc\"/><testcase name=\"x\u0001";
  private static final String HOSTILE_SUBJECT_PARSED = "svc\"/><testcase name=\"x\uFFFD";

  static Assessment hostile() {
    return new EstateBuilder()
        .fail(
            "sec.public-binding",
            HOSTILE_SUBJECT,
            "a \"quoted\" <b>bold</b> ]]> \u0000\n\t\uD83D\uDE80 line",
            Location.file("a&b.yml", 3),
            "fix & <escape>")
        .assess("hostile", Instant.parse("2026-11-20T06:00:00Z"));
  }

  private static long count(Assessment assessment, Status... statuses) {
    return assessment.findings().stream()
        .filter(f -> java.util.List.of(statuses).contains(f.status()))
        .count();
  }

  private static Element testCase(Document xml, String classname, String name) {
    NodeList cases = xml.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element element = (Element) cases.item(i);
      if (element.getAttribute("classname").equals(classname)
          && element.getAttribute("name").equals(name)) {
        return element;
      }
    }
    throw new AssertionError("no testcase " + classname + " / " + name);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
