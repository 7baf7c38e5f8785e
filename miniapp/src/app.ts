import { type PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { applyTabLabels, locale } from './i18n';
import './app.css';

// The wizard's checks (TypeBox and the shared schemas) load with the pages that use them:
// validation.ts registers its formats on first use, so the app does not import it at launch.
function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // The tab bar exists once the first page shows; set its words in the chosen language then.
    if (locale() === 'en') setTimeout(applyTabLabels, 0);
  });
  return children;
}

export default App;
