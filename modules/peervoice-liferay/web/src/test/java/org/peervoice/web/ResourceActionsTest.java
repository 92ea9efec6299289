package org.peervoice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.Permission;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * resource-actions/default.xml repeats what the core declares once (Permission, PeerVoiceRole):
 * every permission is an action of the "org.peervoice" model resource, and the defaults Liferay
 * gives site members are the core's site-member defaults.
 */
class ResourceActionsTest {

	private static final String MODEL = "org.peervoice";

	private final Element model = modelResource();

	@Test
	void everyPermissionIsAnActionOfThePeerVoiceResource() {
		assertEquals(names(Set.of(Permission.values())), actionKeys("supports"));
	}

	@Test
	void siteMembersGetTheCoresSiteMemberDefaults() {
		assertEquals(names(PeerVoiceRole.SITE_MEMBER.permissions()), actionKeys("site-member-defaults"));
	}

	@Test
	void guestsHoldNothingAndCanBeGivenAtMostViewing() {
		assertTrue(actionKeys("guest-defaults").isEmpty());
		TreeSet<String> unsupported = actionKeys("guest-unsupported");
		TreeSet<String> allButView = names(Set.of(Permission.values()));
		allButView.remove(Permission.VIEW.name());
		assertEquals(allButView, unsupported);
	}

	private TreeSet<String> actionKeys(String section) {
		Element permissions = child(model, "permissions");
		Element list = child(permissions, section);
		assertNotNull(list, "default.xml has no " + section + " for " + MODEL);
		TreeSet<String> keys = new TreeSet<>();
		NodeList actions = list.getElementsByTagName("action-key");
		for (int i = 0; i < actions.getLength(); i++) {
			assertTrue(keys.add(actions.item(i).getTextContent().trim()), "duplicate action key in " + section);
		}
		return keys;
	}

	private static TreeSet<String> names(Set<Permission> permissions) {
		TreeSet<String> names = new TreeSet<>();
		permissions.forEach(permission -> names.add(permission.name()));
		return names;
	}

	private static Element modelResource() {
		List<String> models = new ArrayList<>();
		NodeList resources = parse().getElementsByTagName("model-resource");
		for (int i = 0; i < resources.getLength(); i++) {
			Element resource = (Element) resources.item(i);
			String name = child(resource, "model-name").getTextContent().trim();
			if (MODEL.equals(name)) {
				return resource;
			}
			models.add(name);
		}
		throw new AssertionError("default.xml declares no model resource " + MODEL + ", only " + models);
	}

	private static Element child(Element parent, String name) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element && name.equals(node.getNodeName())) {
				return (Element) node;
			}
		}
		return null;
	}

	private static Document parse() {
		try (InputStream in = ResourceActionsTest.class.getResourceAsStream("/resource-actions/default.xml")) {
			assertNotNull(in, "resource-actions/default.xml is missing");
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setValidating(false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			return builder.parse(in);
		}
		catch (Exception e) {
			throw new AssertionError("resource-actions/default.xml cannot be read", e);
		}
	}

}
