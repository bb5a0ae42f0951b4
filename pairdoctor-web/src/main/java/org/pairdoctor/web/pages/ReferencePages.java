package org.pairdoctor.web.pages;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.pairdoctor.web.content.BehaviourEntry;
import org.pairdoctor.web.content.Catalogue;
import org.pairdoctor.web.content.DeviceEntry;
import org.pairdoctor.web.content.HostEntry;
import org.pairdoctor.web.content.Observed;
import org.pairdoctor.web.content.OutcomeFigures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pages to read rather than follow: pairing guides, the behaviour table, the FAQ, facts and myths. */
public final class ReferencePages {
    private final Catalogue catalogue;
    private final OutcomeFigures figures;

    public ReferencePages(Catalogue catalogue) {
        this(catalogue, OutcomeFigures.NONE);
    }

    /** @param figures observed figures shown beside the behaviour rows and the guide's steps */
    public ReferencePages(Catalogue catalogue, OutcomeFigures figures) {
        this.catalogue = catalogue;
        this.figures = figures;
    }

    public void register(JavalinConfig cfg) {
        cfg.routes.get("/guide", ctx -> ctx.render("guide-index.jte", Map.of("page",
                new GuideIndexPage(HostGroup.of(catalogue.hosts()), device(ctx).id()))));
        cfg.routes.get("/guide/{host}", this::guide);
        cfg.routes.get("/behaviours", this::behaviours);
        cfg.routes.get("/faq", ctx -> {
            DeviceEntry device = device(ctx);
            ctx.render("faq.jte", Map.of("page", new FaqPage(choice(device, "/faq"), catalogue.faq(device.id()))));
        });
        cfg.routes.get("/facts", ctx -> ctx.render("facts.jte", Map.of("page", new FactsPage(
                catalogue.devices().stream().map(d -> new FactsPage.DeviceClaims(d, catalogue.claims(d.id())))
                        .toList()))));
    }

    private void behaviours(Context ctx) {
        DeviceEntry device = device(ctx);
        List<BehaviourEntry> all = catalogue.behaviours(device.id());
        Map<String, Observed> observed = new HashMap<>();
        for (BehaviourEntry b : all) {
            if (b.problemId() != null) {
                figures.problem(b.problemId()).ifPresent(o -> observed.put(b.problemId(), o));
            }
        }
        ctx.render("behaviours.jte", Map.of("page", new BehavioursPage(choice(device, "/behaviours"),
                all.stream().filter(BehaviourEntry::normal).toList(),
                all.stream().filter(b -> !b.normal()).toList(), observed)));
    }

    private HeadsetChoice choice(DeviceEntry device, String path) {
        return HeadsetChoice.of(device, path, catalogue.devices(), catalogue::problem);
    }

    private void guide(Context ctx) {
        String hostId = ctx.pathParam("host");
        HostEntry host = catalogue.host(hostId)
                .orElseThrow(() -> new NotFoundResponse("There is no pairing guide for '" + hostId + "'."));
        DeviceEntry device = device(ctx);
        GuidePage page = GuidePage.of(host, device, catalogue.pairingGuideSteps(host.id(), device.id()),
                s -> s.stepId() == null ? null : figures.step(s.problemId(), host.id(), s.stepId()).orElse(null),
                catalogue.devices());
        ctx.render("guide.jte", Map.of("page", page));
    }

    /**
     * The headset a reference page is for: {@code ?device=}, else the one remembered from the start page,
     * else the default. An unknown id is a 404 naming it.
     */
    private DeviceEntry device(Context ctx) {
        String id = ctx.queryParam("device");
        if (id == null) {
            // The headset the person chose on the start page (remembered), else the one pairdoctor started with.
            String remembered = ctx.cookie(SessionPages.DEVICE_COOKIE);
            return catalogue.device(remembered == null ? "" : remembered)
                    .or(() -> catalogue.device(org.pairdoctor.core.knowledge.KnowledgeBase.DEFAULT_DEVICE))
                    .orElse(catalogue.devices().get(0));
        }
        return catalogue.device(id).orElseThrow(() -> new NotFoundResponse("There is no headset '" + id + "'."));
    }
}
