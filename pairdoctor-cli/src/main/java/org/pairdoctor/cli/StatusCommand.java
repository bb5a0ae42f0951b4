package org.pairdoctor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pairdoctor.bluez.BluetoothAdapter;
import org.pairdoctor.bluez.BluetoothDevice;
import org.pairdoctor.bluez.BluezClient;
import org.pairdoctor.bluez.BluezException;
import org.pairdoctor.bluez.Profiles;
import org.pairdoctor.bluez.RfkillReader;
import org.pairdoctor.bluez.RfkillSwitch;
import org.pairdoctor.bluez.SysfsRfkill;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Linux: adapters, paired and connected devices, profiles and battery.")
final class StatusCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print JSON on standard output.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RfkillReader rfkill = SysfsRfkill.system();
        try (BluezClient client = SystemBus.connect()) {
            if (!client.serviceRunning()) {
                return fail(out, err, "bluetoothd is not running (nothing owns org.bluez on the system bus)",
                        "start it: sudo systemctl enable --now bluetooth (install the bluez package if it is missing)");
            }
            List<BluetoothAdapter> adapters = client.adapters();
            List<BluetoothDevice> devices = client.devices().stream()
                    .filter(d -> d.paired() || d.connected()).toList();
            List<RfkillSwitch> switches = rfkill.bluetoothSwitches();
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(toJson(adapters, devices, switches)));
            } else {
                printText(out, adapters, devices, switches);
            }
            out.flush();
            if (adapters.isEmpty()) {
                if (!json) {
                    err.println("pairdoctor: no Bluetooth adapter: check lsusb/lspci and dmesg | grep -i bluetooth "
                            + "(missing firmware is common)");
                }
                return 1;
            }
            return 0;
        } catch (BluezException e) {
            return fail(out, err, e.reason().isBlank() ? e.getMessage() : e.reason(),
                    "run pairdoctor on the Linux machine itself, in a normal login session; on a server, install and "
                            + "start dbus and bluez (sudo systemctl start dbus bluetooth)");
        }
    }

    private int fail(PrintWriter out, PrintWriter err, String what, String fix) {
        if (json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("error", what);
            o.put("fix", fix);
            out.println(o.toPrettyString());
            out.flush();
        }
        err.println("pairdoctor: " + what + "; " + fix);
        err.flush();
        return 1;
    }

    static ObjectNode toJson(List<BluetoothAdapter> adapters, List<BluetoothDevice> devices, List<RfkillSwitch> switches) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        ArrayNode as = root.putArray("adapters");
        for (BluetoothAdapter a : adapters) {
            ObjectNode o = as.addObject();
            o.put("name", a.name());
            o.put("address", a.address());
            o.put("alias", a.alias());
            o.put("powered", a.powered());
            o.put("discovering", a.discovering());
            o.put("rfkill", rfkill(switches));
            o.put("audioEndpointRegistered", a.hasA2dpEndpoint());
        }
        ArrayNode ds = root.putArray("devices");
        for (BluetoothDevice d : devices) {
            ObjectNode o = ds.addObject();
            o.put("name", d.displayName());
            o.put("address", d.address());
            o.put("adapter", BluetoothAdapter.nameOf(d.adapterPath()));
            o.put("paired", d.paired());
            o.put("trusted", d.trusted());
            o.put("connected", d.connected());
            ArrayNode ps = o.putArray("profiles");
            Profiles.describe(d.uuids()).forEach(ps::add);
            if (d.battery().isPresent()) {
                o.put("battery", d.battery().getAsInt());
            } else {
                o.putNull("battery");
            }
        }
        return root;
    }

    private static String rfkill(List<RfkillSwitch> switches) {
        if (switches.stream().anyMatch(RfkillSwitch::hard)) {
            return "hard-blocked";
        }
        return switches.stream().anyMatch(RfkillSwitch::soft) ? "soft-blocked" : "unblocked";
    }

    private static void printText(PrintWriter out, List<BluetoothAdapter> adapters, List<BluetoothDevice> devices,
                                  List<RfkillSwitch> switches) {
        out.println("Adapters:");
        if (adapters.isEmpty()) {
            out.println("  (none)");
        }
        for (BluetoothAdapter a : adapters) {
            out.printf("  %s %s  %s, %s, rfkill %s%s%n", a.name(), a.address(), a.powered() ? "on" : "off",
                    a.discovering() ? "scanning" : "not scanning", rfkill(switches),
                    a.hasA2dpEndpoint() ? "" : "  (no audio server registered for Bluetooth audio)");
        }
        out.println("Paired and connected devices:");
        if (devices.isEmpty()) {
            out.println("  (none)");
        }
        for (BluetoothDevice d : devices) {
            List<String> profiles = Profiles.describe(d.uuids());
            out.printf("  %s %s  %s%s%s%s%n", d.displayName(), d.address(),
                    d.connected() ? "connected" : "not connected", d.trusted() ? ", trusted" : ", not trusted",
                    profiles.isEmpty() ? "" : ", profiles: " + String.join(", ", profiles),
                    d.battery().isPresent() ? ", battery " + d.battery().getAsInt() + "%" : "");
        }
    }
}
