package org.peervoice.portlet.kit.testing;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/** Stand-ins for the portal's interfaces that answer only what a test names. */
public final class Fakes {

	private Fakes() {
	}

	/** Answers the named methods; other void methods do nothing, any other call fails the test. */
	public static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> answers) {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
			Function<Object[], Object> answer = answers.get(method.getName());
			if (answer != null) {
				return answer.apply(args);
			}
			if (method.getName().equals("equals")) {
				return proxy == args[0];
			}
			if (method.getName().equals("hashCode")) {
				return System.identityHashCode(proxy);
			}
			if (method.getName().equals("toString")) {
				return "fake " + type.getSimpleName();
			}
			if (method.getReturnType() == void.class) {
				return null;
			}
			throw new UnsupportedOperationException("fake " + type.getSimpleName() + " has no answer for " + method.getName());
		}));
	}

}
