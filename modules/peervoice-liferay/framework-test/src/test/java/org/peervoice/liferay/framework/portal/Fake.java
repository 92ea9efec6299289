package org.peervoice.liferay.framework.portal;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * An implementation of a portal interface that answers only the methods named; any other call
 * fails loudly, naming the method, so a new use of the portal by our bundles shows up here
 * instead of passing on a made-up answer.
 */
final class Fake<T> {

	private final Class<T> type;
	private final String name;
	private final Map<String, Function<Object[], Object>> answers = new HashMap<>();

	private Fake(Class<T> type, String name) {
		this.type = type;
		this.name = name;
	}

	static <T> Fake<T> of(Class<T> type, String name) {
		return new Fake<>(type, name);
	}

	Fake<T> answer(String method, Function<Object[], Object> answer) {
		answers.put(method, answer);
		return this;
	}

	Fake<T> constant(String method, Object value) {
		return answer(method, args -> value);
	}

	T build() {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
			Function<Object[], Object> answer = answers.get(method.getName());
			Object[] arguments = args == null ? new Object[0] : args;
			if (answer != null) {
				try {
					return answer.apply(arguments);
				}
				catch (PortalFailure failure) {
					throw failure.getCause();
				}
			}
			switch (method.getName()) {
				case "equals":
					return proxy == arguments[0];
				case "hashCode":
					return System.identityHashCode(proxy);
				case "toString":
					return name;
				default:
					throw new UnsupportedOperationException("The stand-in " + name + " (" + type.getName() + ") has no answer for "
						+ method + "; add one in " + Fake.class.getPackage().getName() + " if Liferay's would be needed");
			}
		}));
	}

	/** Lets an answer throw a checked exception the interface declares (a PortalException). */
	static final class PortalFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		PortalFailure(Exception cause) {
			super(cause);
		}

		@Override
		public synchronized Exception getCause() {
			return (Exception)super.getCause();
		}

	}

}
