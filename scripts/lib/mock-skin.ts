/**
 * Page styles for the demo's mock mail apps. The saved pages carry the apps' markup but not their
 * (remote) stylesheets; this skin lays them out like a mail client so the demo and the README
 * screenshots look like the real thing. It styles the mock page only, never Parley's panel.
 */

export const GMAIL_SKIN = `
html, body { margin: 0; background: #f6f8fc; color: #1f1f1f; font: 14px/1.45 Roboto, 'Noto Sans', Arial, sans-serif; }
img { display: none; }
.nH[style*="width"] { width: auto !important; }
header[role=banner] { display: flex; align-items: center; gap: 16px; height: 56px; padding: 0 16px; }
header[role=banner]::before { content: 'Gmail'; font-size: 22px; color: #5f6368; margin-right: 48px; }
header[role=banner] form[role=search] { flex: 1; max-width: 720px; }
header[role=banner] input { width: 100%; padding: 12px 16px; border: 0; border-radius: 24px; background: #e9eef6; font: inherit; }
header[role=banner] [role=button], header[role=banner] a { display: none; }
.no { display: flex; align-items: flex-start; }
.no > * { float: none !important; }
.no > .nH.bkK { flex: 1 1 0; min-width: 0; width: auto !important; }
.no > .nH:not(.aqk):not(.bkK) { display: none; }
body { overflow-x: hidden; }
.nH { max-width: 100%; }
[role=navigation] { width: 220px; flex: none; padding: 8px 12px; }
[role=navigation][style*="width: 68px"] { display: none; }
[role=navigation] [gh=cm], [role=navigation] .T-I-KE { display: inline-block; padding: 16px 24px; margin-bottom: 12px; border-radius: 16px; background: #c2e7ff; font-weight: 500; }
[role=navigation] a { display: block; padding: 4px 12px; border-radius: 16px; color: inherit; text-decoration: none; }
[role=navigation] .bsU { display: none; }
[role=main] { flex: 1; min-width: 0; margin: 0 16px 16px 0; padding: 12px 24px 24px; background: #fff; border-radius: 16px; }
[role=main] [role=toolbar] { display: flex; gap: 8px; color: #5f6368; margin-bottom: 8px; font-size: 13px; }
[role=main] [role=toolbar] [role=button] { display: none; }
h2.hP { font-size: 22px; font-weight: 400; margin: 8px 0 12px; }
.ar.as { display: none; }
[role=list] > [role=listitem] { border-top: 1px solid #eceff1; padding: 12px 0; }
.kv .adf .iA { color: #5f6368; }
.kv .iB + .iB, .kv tr + tr { display: none; }
table { border-collapse: collapse; width: 100%; }
td { vertical-align: top; }
.gD { font-weight: 700; }
.go, .g3, .hb { color: #5e5e5e; font-size: 12px; }
.gH { text-align: right; white-space: nowrap; }
.a3s { padding: 8px 0 0 0; }
.ajR, .adL, [aria-label='Show trimmed content'] { display: none; }
[role=main] tr.zA { border-bottom: 1px solid #eceff1; }
[role=main] tr.zA:hover { box-shadow: inset 1px 0 0 #dadce0, inset -1px 0 0 #dadce0, 0 1px 2px rgb(60 64 67 / 30%); }
.M9 { border: 1px solid #dadce0; border-radius: 12px; padding: 12px; margin-top: 12px; }
[g_editable] { min-height: 120px; outline: none; }
.parley-demo-loading { font-style: italic; }
`;

export const OUTLOOK_SKIN = `
html, body { margin: 0; background: #f5f5f5; color: #242424; font: 14px/1.45 'Segoe UI', 'Noto Sans', system-ui, sans-serif; }
img, i[data-icon-name] { display: none; }
[role=banner] { display: flex; align-items: center; gap: 16px; height: 48px; padding: 0 16px; background: #0f6cbd; color: #fff; }
[role=banner]::before { content: 'Outlook'; font-weight: 600; font-size: 16px; }
[role=banner] a, [role=banner] button, [role=banner] [role=button] { display: none; }
[role=banner] input { width: 420px; padding: 6px 10px; border: 0; border-radius: 4px; font: inherit; }
#LeftRail { display: none; }
#RibbonRoot { display: flex; gap: 8px; padding: 8px 16px; background: #fff; border-bottom: 1px solid #e0e0e0; }
#RibbonRoot button { border: 0; background: transparent; font: inherit; padding: 4px 8px; border-radius: 4px; }
#RibbonRoot [role=tab] { display: none; }
#MainModule > div:has(#MailList) { display: flex; align-items: stretch; min-height: calc(100vh - 100px); }
#MainModule [role=navigation] { width: 190px; flex: none; padding: 8px 12px; }
#MainModule [role=navigation] * { display: block; }
#MailList { width: 300px; flex: none; background: #fff; border-right: 1px solid #e0e0e0; overflow: auto; }
#MailList [role=option][aria-selected=true] { background: #ebf3fc; border-left: 3px solid #0f6cbd; }
[data-app-section=MailReadCompose] { flex: 1; min-width: 0; padding: 16px 24px; background: #fff; margin-left: 8px; }
[data-app-section=ConversationContainer] [role=heading][aria-level='2'] { font-size: 20px; font-weight: 600; margin-bottom: 12px; }
[data-app-section=ConversationContainer] [role=toolbar], [data-app-section=ConversationContainer] button { display: none; }
[data-app-section=ConversationContainer] [role=heading][aria-level='3'] { font-weight: 600; }
[data-testid=SentReceivedSavedTime] { color: #616161; font-size: 12px; }
[role=document] { padding: 8px 0 16px; border-bottom: 1px solid #e0e0e0; margin-bottom: 12px; }
[id^=editorParent] [role=textbox] { border: 1px solid #d1d1d1; border-radius: 4px; padding: 12px; min-height: 120px; }
[id^=docking_InitVisiblePart] [role=toolbar] { display: flex; gap: 6px; align-items: center; margin: 8px 0; }
[data-app-section=ConversationContainer] [id^=docking_InitVisiblePart] button { display: inline-block; font: inherit; padding: 4px 12px; border: 1px solid #d1d1d1; border-radius: 4px; background: #fff; color: inherit; }
[data-app-section=ConversationContainer] [id^=docking_InitVisiblePart] button[data-testid=ComposeSendButton] { background: #0f6cbd; border-color: #0f6cbd; color: #fff; }
`;
