#include "vnnames.h"

#include "rng.h"

#include <QStringList>

namespace ioc::sim {

namespace {
// Family-name weights roughly follow their frequency in Vietnam (Nguyễn ~38 %).
const char *kFamily[] = { "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê",
    "Phan", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Đinh", "Thái", "Phạm" };
const char *kMiddleM[] = { "Văn", "Hữu", "Đức", "Minh", "Quang", "Xuân", "Công", "Đình" };
const char *kMiddleF[] = { "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Kim", "Phương" };
const char *kGivenM[] = { "An", "Bình", "Cường", "Dũng", "Hải", "Hiếu", "Hùng", "Long", "Nam",
    "Phong", "Quân", "Sơn", "Thành", "Trung", "Tuấn", "Vinh", "Khoa", "Lâm" };
const char *kGivenF[] = { "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga",
    "Phương", "Tâm", "Thảo", "Trang", "Vân", "Yến", "Nhung", "Oanh", "Quỳnh" };
const char *kStreets[] = { "Trần Phú", "Phan Đình Phùng", "Nguyễn Du", "Hà Huy Tập",
    "Xô Viết Nghệ Tĩnh", "Lê Duẩn", "Nguyễn Công Trứ", "Hàm Nghi", "Võ Liêm Sơn",
    "Hải Thượng Lãn Ông", "Quốc lộ 1A", "Quốc lộ 8", "Đường Hồ Chí Minh", "Vũ Quang", "Đặng Dung" };

template<size_t N> QString pickFrom(Rng &rng, const char *(&arr)[N])
{
    return QString::fromUtf8(arr[rng.next() % N]);
}
} // namespace

QString personName(Rng &rng)
{
    const bool female = rng.chance(0.5);
    return pickFrom(rng, kFamily) + QLatin1Char(' ')
        + (female ? pickFrom(rng, kMiddleF) : pickFrom(rng, kMiddleM)) + QLatin1Char(' ')
        + (female ? pickFrom(rng, kGivenF) : pickFrom(rng, kGivenM));
}

QString streetName(Rng &rng)
{
    return pickFrom(rng, kStreets);
}

} // namespace ioc::sim
