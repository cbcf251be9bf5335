// A place's public record: where it is, how exact that is, its sources, and the published
// facilities and events there. The maps link each marker here.
export const dynamic = "force-dynamic";

import { placeKindWords } from "@armstrail/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { PartialDateText } from "~/components/date";
import { ActorLink, Facts, Section, SourceList } from "~/components/record-parts";
import { pageMetadata } from "~/lib/metadata";
import { coordinateText, countryName } from "~/lib/record-words";
import { data } from "~/server/data";
import { orNotFound } from "~/server/not-found";

type Params = { params: Promise<{ ref: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { ref } = await params;
  const place = await orNotFound(data.place(ref));
  const where = place.country ? `, ${countryName(place.country)}` : "";
  return pageMetadata({
    title: place.name,
    description:
      `${placeKindWords[place.kind]}${where}, at ${coordinateText(place)}. ${place.precision}`.slice(
        0,
        300,
      ),
    path: `/places/${place.ref}`,
  });
}

export default async function PlacePage({ params }: Params) {
  const { ref } = await params;
  const place = await orNotFound(data.place(ref));
  return (
    <>
      <h1>{place.name}</h1>
      <Facts
        rows={[
          ["Kind", placeKindWords[place.kind]],
          [
            "Country",
            place.country ? countryName(place.country) : "None given (at sea or on a border)",
          ],
          [
            "Coordinates",
            <span key="c" data-testid="coordinates">
              {coordinateText(place)}
            </span>,
          ],
          ["How exact", place.precision],
          ["Reference", place.ref],
        ]}
      />
      <p>
        <Link href="/map">See it on the map</Link>
      </p>
      {place.actors.length > 0 && (
        <Section id="actors" title="Here">
          <ul>
            {place.actors.map((a) => (
              <li key={a.ref}>
                <ActorLink actor={a} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {place.events.length > 0 && (
        <Section id="events" title="What happened here">
          <ul>
            {place.events.map((e) => (
              <li key={e.ref}>
                <PartialDateText date={e.date} />:{" "}
                <Link href={`/timeline#${e.ref}`}>{e.title}</Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="sources" title="Sources">
        {place.sources.length === 0 ? (
          <p className="muted">No source is listed for this position.</p>
        ) : (
          <SourceList sources={place.sources} />
        )}
      </Section>
    </>
  );
}
