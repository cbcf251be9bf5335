// The network of transfers, site-wide (/network) or of one investigation
// (/investigations/<slug>/network).
import {
  type Transfer,
  ItemCategorySchema,
  RouteModeSchema,
  routeModeWords,
} from "@armstrail/domain";
import Link from "next/link";
import { Fragment } from "react";
import styles from "~/app/network/network.module.css";
import { InvestigationNav } from "~/components/investigation-nav";
import { hrefFor, RefLink } from "~/components/links";
import { NetworkFilter } from "~/components/network-filter";
import { type Scope, scopedMeta } from "~/lib/investigations";
import { type LaidOutNode, buildGraph, layoutGraph } from "~/lib/network-layout";
import { itemCategoryPhrase, routeModePhrase } from "~/lib/route-words";
import { all, data } from "~/server/data";

export function networkMeta(scope: Scope) {
  return scopedMeta(scope, {
    title: "Network of transfers",
    description:
      "Who supplied what to whom, and the ports, depots and ships on the way, as a graph and as a list.",
    path: "/network",
  });
}

const categoryWords = (c: string) => {
  const category = ItemCategorySchema.safeParse(c);
  return category.success ? itemCategoryPhrase(category.data) : c;
};
const modeWords = (m: string) => {
  const mode = RouteModeSchema.safeParse(m);
  return mode.success ? routeModePhrase(mode.data) : m;
};

const roleWords: Record<LaidOutNode["role"], string> = {
  party: "supplier or recipient",
  place: "port, depot or point on a route",
  vessel: "ship",
  unnamed: "supplier with no record of its own",
};

function NodeSymbol({ node }: { node: LaidOutNode }) {
  const { x, y, r } = node;
  switch (node.role) {
    case "party":
    case "unnamed":
      return (
        <rect
          className={node.role === "party" ? styles.party : styles.unnamed}
          x={node.box.x0}
          y={node.box.y0}
          width={node.box.x1 - node.box.x0}
          height={node.box.y1 - node.box.y0}
          rx={6}
        />
      );
    case "place":
      return <rect className={styles.place} x={x - r} y={y - r} width={2 * r} height={2 * r} />;
    case "vessel":
      return (
        <path
          className={styles.vessel}
          d={`M${x} ${y - r - 2}L${x + r + 2} ${y}L${x} ${y + r + 2}L${x - r - 2} ${y}Z`}
        />
      );
  }
}

function viaWords(t: Transfer): { ref: string; name: string }[] {
  const seen = new Set<string>();
  const out: { ref: string; name: string }[] = [];
  const add = (a: { ref: string; name: string } | null) => {
    if (a && !seen.has(a.ref) && a.ref !== t.supplier?.ref && a.ref !== t.recipient.ref) {
      seen.add(a.ref);
      out.push(a);
    }
  };
  for (const leg of [...t.routeLegs].sort((a, b) => a.sequence - b.sequence)) {
    add(leg.from);
    leg.vessels.forEach(add);
    add(leg.to);
  }
  t.intermediaries.forEach(add);
  return out;
}

function ActorList({ actors }: { actors: { ref: string; name: string }[] }) {
  return (
    <>
      {actors.map((a, i) => (
        <Fragment key={a.ref}>
          {i === 0 ? "" : i === actors.length - 1 ? " and " : ", "}
          <RefLink refId={a.ref}>{a.name}</RefLink>
        </Fragment>
      ))}
    </>
  );
}

export async function NetworkView({ scope }: { scope: Scope }) {
  const investigation = scope?.slug;
  const transfers = (
    await all((cursor) => data.transfers({ limit: 100, cursor, investigation }))
  ).sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  const graph = buildGraph(transfers, categoryWords);
  const layout = layoutGraph(graph);

  const counts = new Map<string, { supplier: number; recipient: number }>();
  for (const t of transfers) {
    const bump = (ref: string, key: "supplier" | "recipient") => {
      const c = counts.get(ref) ?? { supplier: 0, recipient: 0 };
      c[key] += 1;
      counts.set(ref, c);
    };
    if (t.supplier) bump(t.supplier.ref, "supplier");
    bump(t.recipient.ref, "recipient");
  }
  const nodeTitle = (n: LaidOutNode) => {
    const c = counts.get(n.id);
    const parts =
      n.role === "unnamed"
        ? [`supplier in transfer ${n.linkRef}`]
        : c
          ? [
              c.supplier ? `supplier in ${c.supplier} transfer${c.supplier > 1 ? "s" : ""}` : "",
              c.recipient
                ? `recipient in ${c.recipient} transfer${c.recipient > 1 ? "s" : ""}`
                : "",
            ].filter(Boolean)
          : [roleWords[n.role]];
    return `${n.label} (${n.linkRef}): ${parts.join(", ")}`;
  };

  const categories = [...new Set(transfers.map((t) => t.itemCategory))]
    .sort((a, b) => categoryWords(a).localeCompare(categoryWords(b), "en-GB"))
    .map((value) => ({
      value,
      label: categoryWords(value),
      count: transfers.filter((t) => t.itemCategory === value).length,
    }));
  const actorCount = graph.nodes.filter((n) => n.role !== "unnamed").length;

  return (
    <>
      {scope ? <InvestigationNav scope={scope} current="network" link={Link} /> : null}
      <h1>Network of transfers</h1>
      <p>
        Each thick arrow is one published transfer, from the supplier to the recipient, labelled
        with what was sent. Thin arrows are the legs of the routes the goods took, through ports and
        depots and on named ships. Select a name to open its page. The list after the graph gives
        the same information in words.
      </p>

      {transfers.length === 0 ? (
        <p>No transfers have been published yet.</p>
      ) : (
        <section id="network" aria-labelledby="network-graph-heading">
          <h2 id="network-graph-heading">The graph</h2>
          <NetworkFilter targetId="network" categories={categories} />
          <ul className={styles.legend} aria-label="Key to the graph">
            <li>
              <svg viewBox="0 0 28 20" width="28" height="20" aria-hidden="true">
                <rect className={styles.party} x="1" y="3" width="26" height="14" rx="4" />
              </svg>
              Supplier or recipient
            </li>
            <li>
              <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
                <rect className={styles.place} x="3" y="3" width="14" height="14" />
              </svg>
              Port, depot or point on a route
            </li>
            <li>
              <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
                <path className={styles.vessel} d="M10 1L19 10L10 19L1 10Z" />
              </svg>
              Ship
            </li>
            <li>
              <svg viewBox="0 0 28 20" width="28" height="20" aria-hidden="true">
                <rect className={styles.unnamed} x="1" y="3" width="26" height="14" rx="4" />
              </svg>
              Supplier with no record
            </li>
            <li>
              <svg viewBox="0 0 36 20" width="36" height="20" aria-hidden="true">
                <path className={styles.transfer} d="M2 10H34" />
              </svg>
              Transfer
            </li>
            <li>
              <svg viewBox="0 0 36 20" width="36" height="20" aria-hidden="true">
                <path className={styles.route} d="M2 10H34" />
              </svg>
              Leg by sea
            </li>
            <li>
              <svg viewBox="0 0 36 20" width="36" height="20" aria-hidden="true">
                <path className={`${styles.route} ${styles.rail}`} d="M2 10H34" />
              </svg>
              Leg by rail
            </li>
          </ul>
          <div className={styles.scroll}>
            {/* The picture is an image with a name; the nodes drawn over it are links, which
                an image may not contain, so they sit beside it in the outer SVG. */}
            <svg className={styles.graph} viewBox={`0 0 ${layout.width} ${layout.height}`}>
              <svg
                role="img"
                aria-labelledby="network-svg-title network-svg-desc"
                width={layout.width}
                height={layout.height}
                viewBox={`0 0 ${layout.width} ${layout.height}`}
                overflow="visible"
              >
                <title id="network-svg-title">
                  {scope
                    ? `Graph of the arms transfers in ${scope.title}`
                    : "Graph of the published arms transfers"}
                </title>
                <desc id="network-svg-desc">
                  {`${transfers.length} transfers among ${actorCount} actors, with the ports, depots and ships on their routes. The list after the graph gives the same information.`}
                </desc>
                <defs>
                  <marker
                    id="net-arrow"
                    viewBox="0 0 10 10"
                    refX="8"
                    refY="5"
                    markerWidth="7"
                    markerHeight="7"
                    orient="auto-start-reverse"
                  >
                    <path d="M0 0L10 5L0 10Z" className={styles.arrowHead} />
                  </marker>
                  <marker
                    id="net-arrow-thin"
                    viewBox="0 0 10 10"
                    refX="8"
                    refY="5"
                    markerWidth="8"
                    markerHeight="8"
                    orient="auto-start-reverse"
                  >
                    <path d="M0 1L10 5L0 9Z" className={styles.arrowHeadThin} />
                  </marker>
                </defs>
                <g>
                  {layout.edges.map((e) => (
                    <path
                      key={e.id}
                      d={e.path}
                      data-categories={e.categories.join(" ")}
                      className={
                        e.kind === "transfer"
                          ? styles.transfer
                          : `${styles.route} ${e.modes.includes("rail") ? styles.rail : ""} ${e.modes.includes("unknown") ? styles.unknown : ""}`
                      }
                      markerEnd={e.kind === "transfer" ? "url(#net-arrow)" : "url(#net-arrow-thin)"}
                    >
                      <title>
                        {e.kind === "transfer"
                          ? `${e.transferRefs.join(", ")}: ${e.label ?? ""}`
                          : `Route leg ${e.modes.map((m) => modeWords(m)).join(" or ")} (${e.transferRefs.join(", ")})`}
                      </title>
                    </path>
                  ))}
                </g>
                <g className={styles.edgeLabels}>
                  {layout.edges
                    .filter((e) => e.labelLines.length > 0)
                    .map((e) => (
                      <text
                        key={e.id}
                        x={e.labelX}
                        y={e.labelY - (e.labelLines.length * 15) / 2 + 11}
                        data-categories={e.categories.join(" ")}
                      >
                        {e.labelLines.map((line, i) => (
                          <tspan key={i} x={e.labelX} dy={i === 0 ? 0 : 15}>
                            {line}
                          </tspan>
                        ))}
                      </text>
                    ))}
                </g>
              </svg>
              <g>
                {layout.nodes.map((n) => (
                  <a
                    key={n.id}
                    href={hrefFor(n.linkRef)}
                    className={styles.node}
                    data-categories={n.categories.join(" ")}
                  >
                    <title>{nodeTitle(n)}</title>
                    <NodeSymbol node={n} />
                    <text
                      x={n.x}
                      y={
                        n.shape === "box"
                          ? n.y - ((n.lines.length - 1) * 15) / 2 + 4.5
                          : n.y + n.r + 15
                      }
                      className={
                        n.role === "party"
                          ? styles.inBox
                          : n.role === "unnamed"
                            ? styles.inBoxPlain
                            : undefined
                      }
                    >
                      {n.lines.map((line, i) => (
                        <tspan key={i} x={n.x} dy={i === 0 ? 0 : 15}>
                          {line}
                        </tspan>
                      ))}
                    </text>
                  </a>
                ))}
              </g>
            </svg>
          </div>

          <h2 id="network-list">The transfers in words</h2>
          <ol className={styles.list}>
            {transfers.map((t) => {
              const via = viaWords(t);
              return (
                <li key={t.id} data-categories={t.itemCategory}>
                  <p className={styles.line}>
                    <RefLink refId={t.ref}>{t.ref}</RefLink>{" "}
                    {t.supplier ? (
                      <RefLink refId={t.supplier.ref}>{t.supplier.name}</RefLink>
                    ) : (
                      <span>{t.supplierNote ?? "Supplier not named"}</span>
                    )}{" "}
                    <span aria-hidden="true">→</span>
                    <span className="sr-only">to</span>{" "}
                    <RefLink refId={t.recipient.ref}>{t.recipient.name}</RefLink>:{" "}
                    {categoryWords(t.itemCategory)}
                    {t.designation ? ` (${t.designation})` : ""}
                    {via.length > 0 ? (
                      <>
                        {" "}
                        (via <ActorList actors={via} />)
                      </>
                    ) : null}
                  </p>
                  {t.routeLegs.length > 0 ? (
                    <ul className={styles.legs}>
                      {[...t.routeLegs]
                        .sort((a, b) => a.sequence - b.sequence)
                        .map((leg) => (
                          <li key={leg.sequence}>
                            <span className={styles.mode}>{routeModeWords[leg.mode]}:</span>
                            {leg.from || leg.to ? (
                              <>
                                {leg.from ? (
                                  <>
                                    from <RefLink refId={leg.from.ref}>{leg.from.name}</RefLink>
                                  </>
                                ) : (
                                  "from a place not named"
                                )}{" "}
                                {leg.to ? (
                                  <>
                                    to <RefLink refId={leg.to.ref}>{leg.to.name}</RefLink>
                                  </>
                                ) : (
                                  "to a place not named"
                                )}
                                {leg.vessels.length > 0 ? (
                                  <>
                                    , on <ActorList actors={leg.vessels} />
                                  </>
                                ) : null}
                                {": "}
                              </>
                            ) : null}
                            <span className="muted">{leg.label}</span>
                          </li>
                        ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </>
  );
}
