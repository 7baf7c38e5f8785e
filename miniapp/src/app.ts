import { type PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { registerFormats } from './validation';
import { applyTabLabels, locale } from './i18n';
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    registerFormats();
    // The tab bar exists once the first page shows; set its words in the chosen language then.
    if (locale() === 'en') setTimeout(applyTabLabels, 0);
  });
  return children;
}

export default App;
