import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { tw } from '../../claim-words';

/** The way out of a case page however it was opened (a receipt, a message, a link): my cases, or home. */
export function WayHome() {
  return (
    <View className="buttons" data-testid="way-home">
      <Button
        className="btn btn-ghost"
        onClick={() => void Taro.switchTab({ url: '/pages/cases/index' })}
        data-testid="to-cases"
      >
        {tw('myCases')}
      </Button>
      <Button
        className="btn btn-ghost"
        onClick={() => void Taro.switchTab({ url: '/pages/index/index' })}
        data-testid="to-home"
      >
        {tw('home')}
      </Button>
    </View>
  );
}
