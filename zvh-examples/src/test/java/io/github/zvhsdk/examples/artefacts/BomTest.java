package io.github.zvhsdk.examples.artefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM vendors import (zvh-examples/zvh-bom) aligns exactly the published libraries: every module of the build
 * that is a library, none other, each at the project's version. A library added to the build without its BOM entry
 * fails here. (That the BOM imports and resolves as a vendor uses it is the consumer test's job.)
 */
@DisplayName("zvh-bom lists exactly the libraries of the build, at the project's version")
class BomTest {
    private static final Path ROOT = Path.of("..");

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(pom.toFile());
    }

    /** @return the text of the first direct child named {@code name}, or "" */
    private static String child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                return c.getTextContent().strip();
            }
        }
        return "";
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    @Test
    @DisplayName("the BOM's managed dependencies are the build's jar modules but the command line, at ${project.version}")
    void bomListsEveryLibrary() throws Exception {
        Document parent = parse(ROOT.resolve("pom.xml"));
        List<String> libraries = new ArrayList<>();
        for (Element module : elements(parent.getElementsByTagName("module"))) {
            Path pom = ROOT.resolve(module.getTextContent().strip()).resolve("pom.xml");
            Element project = parse(pom).getDocumentElement();
            String packaging = child(project, "packaging");
            String artifactId = child(project, "artifactId");
            if ((packaging.isEmpty() || packaging.equals("jar")) && !artifactId.equals("zvh-examples")) {
                libraries.add(artifactId);
            }
        }
        assertThat(libraries).containsExactly("zvh-model", "zvh-rules", "zvh-privacy");

        Element bom = parse(Path.of("zvh-bom", "pom.xml")).getDocumentElement();
        assertThat(child(bom, "artifactId")).isEqualTo("zvh-bom");
        assertThat(child(bom, "packaging")).isEqualTo("pom");
        Element management = (Element) bom.getElementsByTagName("dependencyManagement").item(0);
        List<String> managed = new ArrayList<>();
        for (Element d : elements(management.getElementsByTagName("dependency"))) {
            assertThat(child(d, "groupId")).isEqualTo("io.github.zvhsdk");
            assertThat(child(d, "version")).as(child(d, "artifactId")).isEqualTo("${project.version}");
            assertThat(child(d, "scope") + child(d, "type") + child(d, "classifier")).as("a plain jar").isEmpty();
            managed.add(child(d, "artifactId"));
        }
        assertThat(managed).containsExactlyElementsOf(libraries);
        // the BOM has no dependencies of its own: importing it brings versions, never jars
        assertThat(bom.getElementsByTagName("dependencies").getLength()).isEqualTo(1);
        assertThat(Files.readString(Path.of("zvh-bom", "pom.xml"))).contains("<flattenMode>bom</flattenMode>");
    }
}
