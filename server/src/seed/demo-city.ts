import type { Industry, MediationType, StaffRole, StationKind } from '@gig/shared';

/**
 * The demo city, modelled on Wenzhou's network (seed 003): a city centre, east and west
 * government centres, industry-association stations for courier, food delivery, ride-hailing
 * and domestic service, employer outlets under them, a street-level layer, the arbitration
 * institution and the legal-aid centre, and one staff account per role.
 * Area codes are Wenzhou's: city 330300, Lucheng 330302, Longwan 330303, Ouhai 330304.
 */
export const DEMO_PASSWORD = 'Demo2026pass';

interface StationSeed {
  code: string;
  name: string;
  nameEn: string;
  kind: StationKind;
  industries?: Industry[];
  mediationTypes?: MediationType[];
  areaCode: string;
  parent?: string;
  /** For an outlet: its company, matched against a claim's respondent. */
  organisation?: string;
  address: string;
  phone: string;
  lat: number;
  lng: number;
}

const ALL_TYPES: MediationType[] = ['union', 'people', 'pre_arbitration'];
export const HOURS = '周一至周五 9:00-12:00, 13:30-17:30 / Mon-Fri 9:00-12:00, 13:30-17:30';

export const DEMO_STATIONS: StationSeed[] = [
  {
    code: 'WZ-CENTRE',
    name: '温州市新就业形态劳动争议调解中心',
    nameEn: 'Wenzhou New-Employment Dispute Mediation Centre',
    kind: 'government',
    mediationTypes: ALL_TYPES,
    areaCode: '330300',
    address: '温州市鹿城区市府路500号',
    phone: '0577-88960001',
    lat: 27.9938,
    lng: 120.6994,
  },
  {
    code: 'WZ-EAST',
    name: '东部新业态劳动纠纷调解站',
    nameEn: 'East New-Employment Mediation Station',
    kind: 'government',
    mediationTypes: ALL_TYPES,
    areaCode: '330303',
    parent: 'WZ-CENTRE',
    address: '温州市龙湾区永中街道龙湾大道1号',
    phone: '0577-86960002',
    lat: 27.9336,
    lng: 120.8113,
  },
  {
    code: 'WZ-WEST',
    name: '西部新业态劳动纠纷调解站',
    nameEn: 'West New-Employment Mediation Station',
    kind: 'government',
    mediationTypes: ALL_TYPES,
    areaCode: '330304',
    parent: 'WZ-CENTRE',
    address: '温州市瓯海区娄桥街道古岸头路9号',
    phone: '0577-86960003',
    lat: 27.9669,
    lng: 120.6378,
  },
  {
    code: 'WZ-LC-WUMA',
    name: '鹿城区五马街道劳动纠纷调解站',
    nameEn: 'Wuma Street Mediation Station (Lucheng)',
    kind: 'government',
    mediationTypes: ['people'],
    areaCode: '330302',
    parent: 'WZ-CENTRE',
    address: '温州市鹿城区五马街50号',
    phone: '0577-88960011',
    lat: 28.0183,
    lng: 120.656,
  },
  {
    code: 'WZ-LW-YZ',
    name: '龙湾区永中街道劳动纠纷调解站',
    nameEn: 'Yongzhong Street Mediation Station (Longwan)',
    kind: 'government',
    mediationTypes: ['people'],
    areaCode: '330303',
    parent: 'WZ-EAST',
    address: '温州市龙湾区永中街道永昌路18号',
    phone: '0577-86960012',
    lat: 27.9321,
    lng: 120.8098,
  },
  {
    code: 'WZ-OH-NBX',
    name: '瓯海区南白象街道劳动纠纷调解站',
    nameEn: 'Nanbaixiang Street Mediation Station (Ouhai)',
    kind: 'government',
    mediationTypes: ['people', 'union'],
    areaCode: '330304',
    parent: 'WZ-WEST',
    address: '温州市瓯海区南白象街道白象路66号',
    phone: '0577-86960013',
    lat: 27.9544,
    lng: 120.6891,
  },
  {
    code: 'WZ-COURIER',
    name: '温州市快递行业协会调解站',
    nameEn: 'Wenzhou Courier Association Mediation Station',
    kind: 'association',
    industries: ['courier'],
    areaCode: '330300',
    parent: 'WZ-CENTRE',
    address: '温州市鹿城区车站大道邮政大楼3楼',
    phone: '0577-88960021',
    lat: 28.0047,
    lng: 120.6702,
  },
  {
    code: 'WZ-DELIVERY',
    name: '温州市外卖配送行业调解站',
    nameEn: 'Wenzhou Food Delivery Association Mediation Station',
    kind: 'association',
    industries: ['food_delivery'],
    areaCode: '330300',
    parent: 'WZ-CENTRE',
    address: '温州市鹿城区新城大道168号',
    phone: '0577-88960022',
    lat: 27.9981,
    lng: 120.6855,
  },
  {
    code: 'WZ-RIDE',
    name: '温州市网约车行业协会调解站',
    nameEn: 'Wenzhou Ride-hailing Association Mediation Station',
    kind: 'association',
    industries: ['ride_hailing'],
    areaCode: '330300',
    parent: 'WZ-CENTRE',
    address: '温州市瓯海区温州大道1288号',
    phone: '0577-88960023',
    lat: 27.9812,
    lng: 120.7044,
  },
  {
    code: 'WZ-DOMESTIC',
    name: '温州市家政服务业协会调解站',
    nameEn: 'Wenzhou Domestic Service Association Mediation Station',
    kind: 'association',
    industries: ['domestic_service'],
    areaCode: '330300',
    parent: 'WZ-CENTRE',
    address: '温州市鹿城区人民中路88号',
    phone: '0577-88960024',
    lat: 28.0123,
    lng: 120.6611,
  },
  {
    code: 'WZ-SF-LC',
    name: '顺丰速运鹿城网点',
    nameEn: 'SF Express Lucheng outlet',
    kind: 'outlet',
    industries: ['courier'],
    areaCode: '330302',
    parent: 'WZ-COURIER',
    organisation: '顺丰速运',
    address: '温州市鹿城区江滨西路210号',
    phone: '0577-88961001',
    lat: 28.0251,
    lng: 120.6402,
  },
  {
    code: 'WZ-ZTO-LW',
    name: '中通快递龙湾网点',
    nameEn: 'ZTO Express Longwan outlet',
    kind: 'outlet',
    industries: ['courier'],
    areaCode: '330303',
    parent: 'WZ-COURIER',
    organisation: '中通快递',
    address: '温州市龙湾区蒲州街道机场大道2200号',
    phone: '0577-86961002',
    lat: 27.9467,
    lng: 120.7703,
  },
  {
    code: 'WZ-MT-OH',
    name: '美团外卖瓯海配送站',
    nameEn: 'Meituan delivery depot, Ouhai',
    kind: 'outlet',
    industries: ['food_delivery'],
    areaCode: '330304',
    parent: 'WZ-DELIVERY',
    organisation: '美团',
    address: '温州市瓯海区新桥街道高翔路15号',
    phone: '0577-86961003',
    lat: 27.9701,
    lng: 120.6533,
  },
  {
    code: 'WZ-ELM-LC',
    name: '饿了么鹿城配送站',
    nameEn: 'Ele.me delivery depot, Lucheng',
    kind: 'outlet',
    industries: ['food_delivery'],
    areaCode: '330302',
    parent: 'WZ-DELIVERY',
    organisation: '饿了么',
    address: '温州市鹿城区南汇街道锦绣路77号',
    phone: '0577-88961004',
    lat: 28.0002,
    lng: 120.6807,
  },
  {
    code: 'WZ-ARB',
    name: '温州市劳动人事争议仲裁院',
    nameEn: 'Wenzhou Labour and Personnel Dispute Arbitration Institution',
    kind: 'arbitration',
    areaCode: '330300',
    address: '温州市鹿城区学院中路258号',
    phone: '0577-88960031',
    lat: 28.0107,
    lng: 120.6789,
  },
  {
    code: 'WZ-ARB-LC',
    name: '温州市鹿城区劳动人事争议仲裁院',
    nameEn: 'Lucheng District Labour and Personnel Dispute Arbitration Institution',
    kind: 'arbitration',
    areaCode: '330302',
    address: '温州市鹿城区人民西路168号',
    phone: '0577-88960032',
    lat: 28.0136,
    lng: 120.6482,
  },
  {
    code: 'WZ-LEGALAID',
    name: '温州市法律援助中心新业态工作站',
    nameEn: 'Wenzhou Legal Aid Centre, new-employment desk',
    kind: 'legal_aid',
    areaCode: '330300',
    address: '温州市鹿城区府前街11号',
    phone: '0577-12348',
    lat: 28.0152,
    lng: 120.6583,
  },
];

export const DEMO_STAFF: { username: string; displayName: string; role: StaffRole; station: string | null }[] = [
  { username: 'admin', displayName: '系统管理员', role: 'system_admin', station: null },
  { username: 'supervisor', displayName: '市人社局 主管', role: 'supervisor', station: 'WZ-CENTRE' },
  { username: 'courier.admin', displayName: '快递协会站 站长', role: 'station_admin', station: 'WZ-COURIER' },
  { username: 'courier.mediator', displayName: '快递协会站 调解员 王', role: 'mediator', station: 'WZ-COURIER' },
  { username: 'delivery.mediator', displayName: '外卖配送站 调解员 李', role: 'mediator', station: 'WZ-DELIVERY' },
  { username: 'east.mediator', displayName: '东部调解站 调解员 陈', role: 'mediator', station: 'WZ-EAST' },
  { username: 'west.mediator', displayName: '西部调解站 调解员 林', role: 'mediator', station: 'WZ-WEST' },
  { username: 'arbitrator', displayName: '仲裁院 仲裁员 张', role: 'arbitrator', station: 'WZ-ARB' },
  {
    username: 'lucheng.arbitrator',
    displayName: '鹿城区仲裁院 仲裁员 周',
    role: 'arbitrator',
    station: 'WZ-ARB-LC',
  },
  { username: 'zto.manager', displayName: '中通龙湾网点 负责人 孙', role: 'outlet_manager', station: 'WZ-ZTO-LW' },
  { username: 'sf.manager', displayName: '顺丰鹿城网点 负责人 钱', role: 'outlet_manager', station: 'WZ-SF-LC' },
  { username: 'meituan.manager', displayName: '美团瓯海配送站 站长 吴', role: 'outlet_manager', station: 'WZ-MT-OH' },
  { username: 'lawyer', displayName: '法律援助 律师 赵', role: 'legal_aid_lawyer', station: 'WZ-LEGALAID' },
];
