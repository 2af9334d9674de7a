import { readGenericPage, type GenericRead } from '@/utils/mail/generic';

/**
 * Injected into the active tab by the popup's "Analyze this page" (activeTab + scripting). Its return
 * value goes back to the popup; it changes nothing in the page.
 */
export default defineUnlistedScript((): GenericRead => {
  try {
    return readGenericPage(document, location.href);
  } catch (err) {
    return {
      ok: false,
      reason: `Parley could not read this page (${String((err as Error)?.message ?? err)}).`,
    };
  }
});
