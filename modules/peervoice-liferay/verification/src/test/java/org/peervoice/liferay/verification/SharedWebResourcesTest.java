package org.peervoice.liferay.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import aQute.bnd.osgi.Domain;
import aQute.bnd.osgi.resource.ResourceBuilder;
import aQute.bnd.osgi.resource.ResourceUtils;

import org.junit.jupiter.api.Test;
import org.osgi.resource.Capability;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the portlets share is in one bundle, org.peervoice.web, and is there once: the
 * permissions model, the shared language keys (Liferay's liferay.language.resources capability,
 * which every portlet requires) and the JavaScript modules every component imports, served under
 * /o/peer-voice-web. Clay is the theme's, not ours. The modules survive Liferay's single-page
 * navigation: each element is defined once, behind a customElements.get check.
 */
class SharedWebResourcesTest {

	private static final String LANGUAGE_RESOURCES = "liferay.language.resources";
	private static final String RESOURCES = "META-INF/resources/";
	/** Static imports and re-exports (import ... from '...', import '...'), and dynamic import('...'). */
	private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*(?:import|export)\\s[^;]*?\\bfrom\\s*'([^']+)'|^\\s*import\\s*'([^']+)'|\\bimport\\(\\s*'([^']+)'");
	private static final Pattern DEFINE = Pattern.compile("customElements\\.define\\('([a-z0-9-]+)'");

	@Test
	void everyPortletRequiresTheSharedBundleWhoseCapabilityMeetsTheRequirement() throws Exception {
		List<Capability> provided = resource(BuiltBundles.WEB).getCapabilities(LANGUAGE_RESOURCES);
		assertEquals(1, provided.size());
		assertEquals("content.Language", provided.get(0).getAttributes().get("resource.bundle.base.name"));
		for (String portlet : BuiltBundles.PORTLETS) {
			List<Requirement> required = resource(portlet).getRequirements(LANGUAGE_RESOURCES);
			assertEquals(1, required.size(), portlet + " must require " + BuiltBundles.WEB);
			assertTrue(ResourceUtils.matches(required.get(0), provided.get(0)), portlet + "'s requirement is not met by " + BuiltBundles.WEB);
			assertFalse(ResourceUtils.matches(required.get(0), resource(portlet).getCapabilities(LANGUAGE_RESOURCES).get(0)),
				portlet + " could satisfy its own requirement");
		}
	}

	@Test
	void everyPortletAggregatesTheSharedKeysUnderItsServletContext() throws Exception {
		for (String portlet : BuiltBundles.PORTLETS) {
			String contextName = BuiltBundles.header(BuiltBundles.bySymbolicName(portlet), "Web-ContextPath").substring(1);
			Capability aggregate = resource(portlet).getCapabilities(LANGUAGE_RESOURCES).stream()
				.filter(capability -> "true".equals(capability.getAttributes().get("aggregate")))
				.findFirst().orElseThrow(() -> new AssertionError(portlet + " aggregates no resource bundle"));
			Map<String, Object> attributes = aggregate.getAttributes();
			assertEquals(contextName, attributes.get("servlet.context.name"), portlet);
			assertEquals("(&(bundle.symbolic.name=" + portlet + ")(!(aggregate=true))),(bundle.symbolic.name=" + BuiltBundles.WEB + ")",
				attributes.get("resource.bundle.aggregate"), portlet);
			assertEquals(1L, attributes.get("service.ranking"), portlet);
		}
	}

	@Test
	void theSharedBundleHasThePermissionsModelForEveryPortletReadTheWayLiferayReadsABundleThatIsNoPortlet() throws Exception {
		File web = BuiltBundles.bySymbolicName(BuiltBundles.WEB);
		assertEquals("true", BuiltBundles.header(web, "Liferay-Service"));
		Properties portletProperties = new Properties();
		portletProperties.load(new ByteArrayInputStream(BuiltBundles.entry(web, "portlet.properties")));
		String configs = portletProperties.getProperty("resource.actions.configs");
		assertEquals("resource-actions/default.xml", configs);
		Document actions = xml(BuiltBundles.entry(web, configs));

		assertEquals(0, actions.getElementsByTagName("portlet-resource").getLength());
		NodeList models = actions.getElementsByTagName("model-resource");
		assertEquals(1, models.getLength());
		Set<String> portletRefs = texts((Element)((Element)models.item(0)).getElementsByTagName("portlet-ref").item(0), "portlet-name");
		Set<String> portlets = new TreeSet<>();
		for (String portlet : BuiltBundles.PORTLETS) {
			for (ComponentDescriptors.Component component : ComponentDescriptors.of(BuiltBundles.bySymbolicName(portlet))) {
				if (component.properties.containsKey("javax.portlet.name")) {
					portlets.add(component.properties.get("javax.portlet.name"));
				}
			}
		}
		assertEquals(portlets, portletRefs);
	}

	@Test
	void noBundleShipsClayWhichTheThemeProvides() {
		List<String> found = new ArrayList<>();
		for (File bundle : BuiltBundles.all()) {
			for (String entry : BuiltBundles.entryNames(bundle)) {
				if (entry.contains("vendor/clay") || entry.endsWith("atlas.css") || entry.endsWith("icons.svg")) {
					found.add(BuiltBundles.symbolicName(bundle) + ": " + entry);
				}
			}
		}
		assertEquals(new ArrayList<String>(), found);
	}

	@Test
	void theStylesheetEveryElementLinksBesidePvDomIsServedBesideIt() {
		// adoptBaseStyles in pv-dom.js links pv-base.css relative to its own URL: both must come from the same bundle
		File web = BuiltBundles.bySymbolicName(BuiltBundles.WEB);
		List<String> entries = BuiltBundles.entryNames(web);
		String dom = new String(BuiltBundles.entry(web, RESOURCES + "peervoice-ui/pv-dom.js"), StandardCharsets.UTF_8);
		assertTrue(dom.contains("new URL('./pv-base.css', import.meta.url)"), "pv-dom.js no longer links pv-base.css beside itself");
		assertTrue(entries.contains(RESOURCES + "peervoice-ui/pv-base.css"), "pv-base.css is not served beside pv-dom.js");
	}

	@Test
	void everyUiFileIsServedByOneBundleOnly() {
		Map<String, List<String>> servers = new TreeMap<>();
		for (File bundle : BuiltBundles.all()) {
			for (String entry : BuiltBundles.entryNames(bundle)) {
				if (entry.startsWith(RESOURCES + "peervoice-ui/") && !entry.endsWith("/")) {
					servers.computeIfAbsent(entry, name -> new ArrayList<>()).add(BuiltBundles.symbolicName(bundle));
				}
			}
		}
		servers.values().removeIf(bundles -> bundles.size() == 1);
		assertEquals(Map.of(), servers);
	}

	@Test
	void everyImportOfEveryServedModuleResolvesToAModuleServedUnderO() {
		Map<String, String> served = servedScripts();
		assertTrue(served.keySet().stream().anyMatch(path -> path.startsWith("/o/peer-voice-web/")), served.keySet().toString());
		List<String> unresolved = new ArrayList<>();
		int imports = 0;
		for (Map.Entry<String, String> script : served.entrySet()) {
			Matcher specifiers = IMPORT.matcher(script.getValue());
			while (specifiers.find()) {
				imports++;
				String specifier = specifiers.group(1) != null ? specifiers.group(1) : specifiers.group(2) != null ? specifiers.group(2) : specifiers.group(3);
				String target = URI.create(script.getKey()).resolve(specifier).getPath();
				if (!served.containsKey(target)) {
					unresolved.add(script.getKey() + " imports " + specifier + " = " + target);
				}
			}
		}
		assertEquals(new ArrayList<String>(), unresolved);
		assertTrue(imports > 10, "the import scan found only " + imports + " imports");
	}

	@Test
	void everyElementIsDefinedOnceAndOnlyIfNotYetDefinedSoThatAReloadedModuleIsHarmless() {
		Set<String> defined = new TreeSet<>();
		for (Map.Entry<String, String> script : servedScripts().entrySet()) {
			Matcher definitions = DEFINE.matcher(script.getValue());
			while (definitions.find()) {
				String name = definitions.group(1);
				assertTrue(defined.add(name), name + " is defined by two served modules");
				assertTrue(script.getValue().contains("if (!customElements.get('" + name + "'))"), script.getKey() + " defines " + name + " unguarded");
			}
		}
		assertTrue(defined.containsAll(Set.of("pv-suggestion-box", "pv-site-settings", "pv-champion-directory", "pv-town-hall")), defined.toString());
	}

	@Test
	void theSiteSettingsPortletLoadsEverySettingsSection() {
		String portletClass = new String(BuiltBundles.entry(BuiltBundles.bySymbolicName(BuiltBundles.SITE_SETTINGS),
			"org/peervoice/portlet/site/settings/SiteSettingsPortlet.class"), StandardCharsets.ISO_8859_1);
		List<String> missing = new ArrayList<>();
		for (String path : servedScripts().keySet()) {
			String module = path.substring(path.lastIndexOf('/') + 1);
			String code = servedScripts().get(path);
			if (code.contains("registerSettingsSection(") && !code.contains("export function registerSettingsSection(")
					&& !portletClass.contains(module)) {
				missing.add(module);
			}
		}
		assertTrue(portletClass.contains("pv-site-settings.js"));
		assertEquals(new ArrayList<String>(), missing);
	}

	@Test
	void theSharedAndPortletBundlesStaySmall() {
		for (String symbolicName : List.of(BuiltBundles.WEB, BuiltBundles.SUGGESTION_BOX, BuiltBundles.SITE_SETTINGS,
			BuiltBundles.CHAMPION_DIRECTORY, BuiltBundles.TOWN_HALL)) {
			long size = BuiltBundles.bySymbolicName(symbolicName).length();
			assertTrue(size < 100_000, symbolicName + " is " + size + " bytes");
		}
	}

	/** Every .js file of every bundle with a Web-ContextPath, by the path Liferay serves it at (/o + context + path). */
	private static Map<String, String> servedScripts() {
		Map<String, String> scripts = new TreeMap<>();
		for (File bundle : BuiltBundles.all()) {
			String context = BuiltBundles.header(bundle, "Web-ContextPath");
			if (context.isEmpty()) {
				continue;
			}
			for (String entry : BuiltBundles.entryNames(bundle)) {
				if (entry.startsWith(RESOURCES) && entry.endsWith(".js")) {
					scripts.put("/o" + context + "/" + entry.substring(RESOURCES.length()),
						new String(BuiltBundles.entry(bundle, entry), StandardCharsets.UTF_8));
				}
			}
		}
		return scripts;
	}

	private static Resource resource(String symbolicName) throws Exception {
		ResourceBuilder builder = new ResourceBuilder();
		builder.addManifest(Domain.domain(BuiltBundles.manifest(BuiltBundles.bySymbolicName(symbolicName))));
		return builder.build();
	}

	private static Document xml(byte[] content) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
	}

	private static Set<String> texts(Element parent, String tag) {
		Set<String> texts = new TreeSet<>();
		NodeList nodes = parent.getElementsByTagName(tag);
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent().trim());
		}
		return texts;
	}

}
