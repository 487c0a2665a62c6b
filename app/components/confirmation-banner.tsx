import { useLocation } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";

// `message` is one of app/lib/confirmations.ts's catalog keys; the root route loads their namespace on every page.
type Confirmation = { id: string; message: string };

/**
 * The confirmation after a form succeeded (GOV.UK's success notification banner). Its live region is always on
 * the page, so a screen reader announces a message that arrives after a client-side submit; without JavaScript
 * it is simply the first thing in the page's content.
 */
export function ConfirmationBanner({ confirmation }: { confirmation: Confirmation | null }) {
  const shown = useShownOnce(confirmation);
  const { t } = useTranslation("confirmations");
  return (
    <div className="confirmation-region" role="status">
      {shown ? (
        <div className="confirmation">
          <p className="confirmation__title">
            <span aria-hidden="true">✓ </span>
            {t("done")}
          </p>
          <p className="confirmation__message">{t(shown.message)}</p>
        </div>
      ) : null}
    </div>
  );
}

/**
 * The root's data is not reloaded on every link followed, so a confirmation would follow the person around:
 * it belongs to the page it arrived with, and disappears once they move on.
 */
function useShownOnce(confirmation: Confirmation | null): Confirmation | null {
  const { key } = useLocation();
  const [arrival, setArrival] = useState({ id: confirmation?.id, key });
  if (arrival.id !== confirmation?.id) {
    setArrival({ id: confirmation?.id, key });
    return confirmation;
  }
  return confirmation && arrival.key === key ? confirmation : null;
}
