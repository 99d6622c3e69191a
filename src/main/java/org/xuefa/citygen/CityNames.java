package org.xuefa.citygen;

import java.util.Random;

/** Chinese-looking names of people and places, drawn from the seed. */
final class CityNames {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于"
            + "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力林宇浩凯鹏飞"
            + "志国海燕晓东俊晨欣怡佳琳婷雪梅慧颖斌波宁峰博睿思源德福永兴春秋安康泽坤嘉荣丹";
    private static final String PLACE = "云溪青石梅林桂山临江凤岭沙田龙塘白水金湖清河长乐永安新丰太平大坪松岗横岭"
            + "高桥双溪荷塘西岸东坑南村北岗平湖罗坑马山黄竹石滩水口禾田莲塘古城";
    private static final String[] CITIES = {"云州", "临江", "清源", "凤城", "桂阳", "永宁", "安平", "南屏"};

    private CityNames() {
    }

    static String person(Random random) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextInt(10) < 7) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** A two-character place name; the index keeps names of one city apart where the pairs run out. */
    static String place(Random random, int index) {
        int a = random.nextInt(PLACE.length() / 2);
        String name = PLACE.substring(2 * a, 2 * a + 2);
        return index < PLACE.length() / 2 ? name : name + (index / (PLACE.length() / 2) + 1);
    }

    static String city(Random random) {
        return CITIES[random.nextInt(CITIES.length)];
    }
}
