import { Input, Picker, View } from '@tarojs/components';
import { WEAPP } from './index';

/**
 * A calendar date (YYYY-MM-DD) up to `max`: WeChat's date picker in WeChat; the phone's own date
 * input in the browser (Taro's H5 picker is a scroll wheel that is hard to use with one hand).
 */
export function DateField(props: {
  value: string;
  max: string;
  onChange: (v: string) => void;
  className: string;
  testid: string;
  placeholder: string;
}) {
  if (WEAPP) {
    return (
      <Picker
        mode="date"
        value={props.value || props.max}
        end={props.max}
        onChange={(e) => props.onChange(e.detail.value)}
      >
        <View className={props.className} data-testid={props.testid}>
          {props.value || props.placeholder}
        </View>
      </Picker>
    );
  }
  return (
    <Input
      className={props.className}
      type={'date' as 'text'}
      value={props.value}
      placeholder={props.placeholder}
      {...({ nativeProps: { max: props.max } } as object)}
      onInput={(e) => props.onChange(e.detail.value)}
      data-testid={props.testid}
    />
  );
}
