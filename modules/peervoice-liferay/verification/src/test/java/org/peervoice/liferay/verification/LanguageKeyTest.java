package org.peervoice.liferay.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every Language key Liferay looks up for our portlets and permissions (widget category,
 * portlet title, model resource, action keys) exists in every language file: in the bundle that
 * needs it or, for a portlet, in the shared org.peervoice.web bundle its resource bundle loader
 * aggregates. A portlet's title is its own.
 */
class LanguageKeyTest {

	/** Action keys whose labels come from the portal's own Language.properties. */
	static final Set<String> PORTAL_ACTION_KEYS = Set.of("ADD_TO_PAGE", "CONFIGURATION", "PERMISSIONS", "PREFERENCES", "VIEW");

	static final List<String> LANGUAGE_FILES = List.of("content/Language.properties", "content/Language_es.properties");

	@Test
	void everyReferencedKeyExistsInEveryLanguage() throws Exception {
		List<String> missing = new ArrayList<>();
		for (String symbolicName : bundlesWithTexts()) {
			File bundle = BuiltBundles.bySymbolicName(symbolicName);
			assertTrue(languageFiles(bundle).containsAll(LANGUAGE_FILES), symbolicName + ": English and Spanish are required");
			for (String languageFile : LANGUAGE_FILES) {
				Properties messages = load(BuiltBundles.entry(bundle, languageFile));
				Properties shared = symbolicName.equals(BuiltBundles.WEB) ? new Properties()
					: load(BuiltBundles.entry(BuiltBundles.bySymbolicName(BuiltBundles.WEB), languageFile));
				for (String key : referencedKeys(bundle)) {
					boolean own = key.startsWith("javax.portlet.title.");
					if (isBlank(messages.getProperty(key)) && (own || isBlank(shared.getProperty(key)))) {
						missing.add(symbolicName + " " + languageFile + ": " + key);
					}
				}
			}
		}
		assertEquals(new ArrayList<String>(), missing);
	}

	@Test
	void theSharedBundleDeclaresEveryPeerVoicePermissionAndNoPortletDeclaresThemAgain() throws Exception {
		Document actions = resourceActions(BuiltBundles.bySymbolicName(BuiltBundles.WEB));
		Set<String> supported = new TreeSet<>();
		NodeList modelResources = actions.getElementsByTagName("model-resource");
		for (int i = 0; i < modelResources.getLength(); i++) {
			Element supports = (Element)((Element)modelResources.item(i)).getElementsByTagName("supports").item(0);
			supported.addAll(texts(supports, "action-key"));
		}
		assertEquals(new TreeSet<>(List.of("VIEW", "SUBMIT", "VOTE", "RECOGNIZE", "MANAGE_OWN_LISTING", "APPROVE_LISTINGS", "REVIEW",
			"RESPOND", "MODERATE", "MANAGE_TOWN_HALLS", "VIEW_INSIGHTS", "CONFIGURE")), supported);
		for (String portlet : BuiltBundles.PORTLETS) {
			assertEquals(0, resourceActions(BuiltBundles.bySymbolicName(portlet)).getElementsByTagName("model-resource").getLength(),
				portlet + " declares a model resource; the permissions model belongs to " + BuiltBundles.WEB);
		}
	}

	private static List<String> bundlesWithTexts() {
		List<String> bundles = new ArrayList<>(BuiltBundles.PORTLETS);
		bundles.add(BuiltBundles.WEB);
		return bundles;
	}

	private static Set<String> languageFiles(File bundle) {
		Set<String> files = new TreeSet<>();
		for (String name : BuiltBundles.entryNames(bundle)) {
			if (name.matches("content/Language(_[a-zA-Z_]+)?\\.properties")) {
				files.add(name);
			}
		}
		return files;
	}

	private static boolean isBlank(String value) {
		return value == null || value.trim().isEmpty();
	}

	private static Set<String> referencedKeys(File bundle) throws Exception {
		Set<String> keys = new TreeSet<>();
		for (ComponentDescriptors.Component component : ComponentDescriptors.of(bundle)) {
			String portletName = component.properties.get("javax.portlet.name");
			if (portletName != null) {
				keys.add("javax.portlet.title." + portletName);
				keys.add(component.properties.get("com.liferay.portlet.display-category"));
			}
		}
		Document actions = resourceActions(bundle);
		keys.addAll(prefixed("model.resource.", texts(actions.getDocumentElement(), "model-name")));
		for (String actionKey : texts(actions.getDocumentElement(), "action-key")) {
			if (!PORTAL_ACTION_KEYS.contains(actionKey)) {
				keys.add("action." + actionKey);
			}
		}
		return keys;
	}

	private static Document resourceActions(File bundle) throws Exception {
		byte[] xml = BuiltBundles.entry(bundle, "resource-actions/default.xml");
		assertTrue(xml != null, "resource-actions/default.xml is missing");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static Set<String> texts(Element parent, String tag) {
		Set<String> texts = new TreeSet<>();
		NodeList nodes = parent.getElementsByTagName(tag);
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent().trim());
		}
		return texts;
	}

	private static Set<String> prefixed(String prefix, Set<String> values) {
		Set<String> keys = new TreeSet<>();
		for (String value : values) {
			keys.add(prefix + value);
		}
		return keys;
	}

	private static Properties load(byte[] content) throws IOException {
		Properties properties = new Properties();
		properties.load(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
		return properties;
	}

}
