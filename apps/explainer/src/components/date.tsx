import { formatPartialDate } from "@armstrail/domain";

/** A partial date, shown only as precisely as it is known ("March 2024", never "1 March 2024"). */
export function PartialDateText({
  date,
  uncertain = false,
}: {
  date: string;
  uncertain?: boolean;
}) {
  return (
    <time dateTime={date}>
      {formatPartialDate(date)}
      {uncertain ? " (unconfirmed)" : ""}
    </time>
  );
}
