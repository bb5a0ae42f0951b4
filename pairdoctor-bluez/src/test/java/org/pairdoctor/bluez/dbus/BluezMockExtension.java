package org.pairdoctor.bluez.dbus;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Starts a private dbus-daemon with python-dbusmock's bluez5 template once for the test run,
 * resets it before each test and injects the {@link BluezMock}. Outside CI a missing
 * dbus-daemon or python3-dbusmock skips the tests with a message; under {@code CI=true} it fails them.
 */
public final class BluezMockExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BluezMockExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        String missing = missingTools();
        if (missing != null) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + missing
                        + ": install dbus and python3-dbusmock (apt-get install -y dbus python3-dbusmock)");
            }
            Assumptions.assumeTrue(false, "skipped: " + missing + " (apt-get install -y dbus python3-dbusmock)");
        }
        context.getRoot().getStore(NS).getOrComputeIfAbsent("mock", k -> {
            try {
                return new Running(BluezMock.start());
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the BlueZ stand-in: " + e.getMessage(), e);
            }
        }, Running.class);
    }

    /** Stopped by JUnit when the whole run ends. */
    private record Running(BluezMock mock) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            mock.close();
        }
    }

    static String missingTools() {
        if (!Files.isExecutable(Path.of("/usr/bin/dbus-daemon")) && !onPath("dbus-daemon")) {
            return "dbus-daemon is not installed";
        }
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import dbusmock").redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "python3-dbusmock is not installed for /usr/bin/python3";
            }
        } catch (Exception e) {
            return "/usr/bin/python3 is missing";
        }
        return null;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static BluezMock mock(ExtensionContext context) {
        Running r = context.getRoot().getStore(NS).get("mock", Running.class);
        if (r == null) {
            throw new IllegalStateException("the BlueZ stand-in is not running");
        }
        return r.mock();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        mock(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == BluezMock.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return mock(e);
    }
}
