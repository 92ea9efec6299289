package org.peervoice.core.champion;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Every string and enum name reachable through the public getters of the champion read models: what an answer shows. */
final class ReadModelStrings {

	private ReadModelStrings() {
	}

	static List<String> of(Object... answers) {
		List<String> seen = new ArrayList<>();
		for (Object answer : answers) {
			collect(answer, seen);
		}
		return seen;
	}

	private static void collect(Object value, List<String> into) {
		if (value == null) {
			return;
		}
		if (value instanceof String || value instanceof Enum) {
			into.add(value.toString());
			return;
		}
		if (value instanceof Collection) {
			((Collection<?>) value).forEach(item -> collect(item, into));
			return;
		}
		if (!value.getClass().getPackageName().startsWith("org.peervoice.core")) {
			return;
		}
		for (Method getter : value.getClass().getMethods()) {
			boolean isGetter = getter.getParameterCount() == 0 && (getter.getName().startsWith("get") || getter.getName().startsWith("is"))
				&& getter.getDeclaringClass() != Object.class && getter.getDeclaringClass() != Class.class;
			if (isGetter) {
				try {
					collect(getter.invoke(value), into);
				}
				catch (IllegalAccessException | InvocationTargetException unreadable) {
					throw new AssertionError(getter.getName(), unreadable);
				}
			}
		}
	}

}
