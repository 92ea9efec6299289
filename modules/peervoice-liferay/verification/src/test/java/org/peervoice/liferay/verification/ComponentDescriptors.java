package org.peervoice.liferay.verification;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Declarative Services descriptors (OSGI-INF/*.xml) named by a bundle's Service-Component header. */
final class ComponentDescriptors {

	private ComponentDescriptors() {
	}

	static List<Component> of(File bundle) {
		List<Component> components = new ArrayList<>();
		String header = BuiltBundles.header(bundle, "Service-Component");
		if (header.isEmpty()) {
			return components;
		}
		for (String path : header.split(",")) {
			byte[] xml = BuiltBundles.entry(bundle, path.trim());
			if (xml == null) {
				throw new AssertionError(BuiltBundles.symbolicName(bundle) + " names a missing descriptor " + path);
			}
			components.add(parse(xml));
		}
		return components;
	}

	static Component named(File bundle, String implementationClass) {
		for (Component component : of(bundle)) {
			if (implementationClass.equals(component.implementation)) {
				return component;
			}
		}
		throw new AssertionError(BuiltBundles.symbolicName(bundle) + " has no component " + implementationClass);
	}

	private static Component parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
			Component component = new Component();
			component.implementation = ((Element)document.getElementsByTagName("implementation").item(0)).getAttribute("class");
			NodeList provides = document.getElementsByTagName("provide");
			for (int i = 0; i < provides.getLength(); i++) {
				component.services.add(((Element)provides.item(i)).getAttribute("interface"));
			}
			NodeList properties = document.getElementsByTagName("property");
			for (int i = 0; i < properties.getLength(); i++) {
				Element property = (Element)properties.item(i);
				String value = property.hasAttribute("value") ? property.getAttribute("value") : property.getTextContent().trim();
				component.properties.put(property.getAttribute("name"), value);
			}
			NodeList references = document.getElementsByTagName("reference");
			for (int i = 0; i < references.getLength(); i++) {
				Element reference = (Element)references.item(i);
				component.references.put(reference.getAttribute("interface"), reference.getAttribute("target"));
			}
			Element root = document.getDocumentElement();
			component.configurationPid = root.getAttribute("configuration-pid");
			return component;
		}
		catch (Exception exception) {
			throw new AssertionError("Unreadable component descriptor", exception);
		}
	}

	static final class Component {

		String implementation;
		String configurationPid;
		final List<String> services = new ArrayList<>();
		final Map<String, String> properties = new HashMap<>();
		final Map<String, String> references = new HashMap<>();

	}

}
